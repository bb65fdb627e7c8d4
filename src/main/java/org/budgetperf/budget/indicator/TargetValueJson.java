package org.budgetperf.budget.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.budgetperf.budget.indicator.domain.Operator;
import org.budgetperf.budget.indicator.domain.TargetValue;

/**
 * How a parsed target value is written where the rules' own {@link TargetValue} reaches the API (the recorded
 * targets of monitoring reports and self-evaluations, the contract's {@code RecordedTarget}): beside its
 * {@code operator} by name ({@code GE}), deprecated since the tables write symbols, its {@code operatorSymbol} in the
 * form a table shows ({@code ≥}), so that one comparison reads the same in a table and in its evaluation. The name
 * stays for one version (Sunset 2027-06-03) because clients read it; the symbol is only written, never read back, so
 * runs recorded before it read as they always did.
 */
@Singleton
public class TargetValueJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("target-value-operator-symbol")
                .setMixInAnnotation(TargetValue.class, WithOperatorSymbol.class));
    }

    /** Adds {@code operatorSymbol} to every written {@link TargetValue}, null included (the contract requires it). */
    @JsonAppend(
            props =
                    @JsonAppend.Prop(
                            value = OperatorSymbol.class,
                            name = "operatorSymbol",
                            type = String.class,
                            include = JsonInclude.Include.ALWAYS))
    private abstract static class WithOperatorSymbol {}

    /** The operator's symbol ({@code ≥}); null when the value has no operator. */
    static final class OperatorSymbol extends VirtualBeanPropertyWriter {

        OperatorSymbol() {}

        private OperatorSymbol(BeanPropertyDefinition property, Annotations annotations, JavaType type) {
            super(property, annotations, type);
        }

        @Override
        protected Object value(Object bean, JsonGenerator gen, SerializerProvider prov) {
            Operator operator = ((TargetValue) bean).operator();
            return operator == null ? null : operator.symbol();
        }

        @Override
        public VirtualBeanPropertyWriter withConfig(
                MapperConfig<?> config, AnnotatedClass declaringClass, BeanPropertyDefinition property, JavaType type) {
            return new OperatorSymbol(property, declaringClass.getAnnotations(), type);
        }
    }
}

package org.budgetperf.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of the JSON bodies a frontend builds its forms from, from {@code reference/fields-table.yaml} and
 * {@code reference/fields-evaluation.yaml} (each lists its forms' fields by section): the table document (with its
 * tasks and indicators) and the two evaluation inputs, each with its JSON path, the caption the
 * official form prints, labels, type, unit and the rules that check it. FieldCatalogueTest checks the paths against
 * the contract and the captions against the forms the service exports.
 */
public record FieldCatalogue(List<Form> forms, List<Field> fields) {

    /** A form, with the contract schema of the JSON body its fields belong to. */
    public record Form(String code, String titleZh, String titleEn, String requestSchema) {}

    /** One allowed value of an {@code enum} field. */
    public record EnumValue(String value, String labelZh, String labelEn) {}

    /**
     * One field. {@code captionZh} is null when the form prints no caption for it; {@code unit} is the unit of the
     * JSON value, {@code formUnit} the one the form prints it in.
     */
    public record Field(
            String form,
            String path,
            String sectionZh,
            String sectionEn,
            String captionZh,
            String labelZh,
            String labelEn,
            String type,
            String unit,
            String formUnit,
            boolean required,
            Integer maxLength,
            Long minimum,
            Long maximum,
            List<EnumValue> enumValues,
            List<String> rules,
            String descriptionZh,
            String descriptionEn) {

        public Field {
            ReferenceYaml.requireAll(path, path, labelZh, labelEn, type, descriptionZh, descriptionEn);
            enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
            rules = rules == null ? List.of() : List.copyOf(rules);
        }

        /** This field as listed under its form and section. */
        private Field in(String formCode, Section section) {
            return new Field(
                    formCode,
                    path,
                    section.zh(),
                    section.en(),
                    captionZh,
                    labelZh,
                    labelEn,
                    type,
                    unit,
                    formUnit,
                    required,
                    maxLength,
                    minimum,
                    maximum,
                    enumValues,
                    rules,
                    descriptionZh,
                    descriptionEn);
        }
    }

    /** A form as its file lists it: the form and its sections, each with its fields (without form and section). */
    private record FileForm(
            String code, String titleZh, String titleEn, String requestSchema, List<Section> sections) {}

    private record Section(String zh, String en, List<Field> fields) {}

    private record File(List<FileForm> forms) {}

    public FieldCatalogue {
        forms = List.copyOf(forms);
        fields = List.copyOf(fields);
    }

    public static FieldCatalogue load() {
        List<Form> forms = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (String name : List.of("fields-table.yaml", "fields-evaluation.yaml")) {
            for (FileForm form : ReferenceYaml.read(name, File.class).forms()) {
                ReferenceYaml.requireAll(name, form.code(), form.titleZh(), form.titleEn(), form.requestSchema());
                forms.add(new Form(form.code(), form.titleZh(), form.titleEn(), form.requestSchema()));
                for (Section section : form.sections()) {
                    ReferenceYaml.requireAll(form.code(), section.zh(), section.en());
                    section.fields().forEach(f -> fields.add(f.in(form.code(), section)));
                }
            }
        }
        return new FieldCatalogue(forms, fields);
    }
}

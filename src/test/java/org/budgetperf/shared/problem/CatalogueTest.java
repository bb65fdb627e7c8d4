package org.budgetperf.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The texts of problem documents: each in both languages, with the same placeholders, and the language chosen. */
class CatalogueTest {

    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    /** Chinese characters or full-width punctuation: {@code {field}：{message}} is written the Chinese way too. */
    private static final Pattern CHINESE_WRITING = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");

    @ParameterizedTest
    @EnumSource(Messages.class)
    void everyMessageHasBothTextsWithTheSamePlaceholders(Messages message) {
        assertThat(message.en()).isNotBlank();
        assertThat(message.zh()).isNotBlank().isNotEqualTo(message.en());
        assertThat(Set.copyOf(Messages.placeholders(message.zh())))
                .as("placeholders of the Chinese text of %s", message)
                .isEqualTo(Set.copyOf(message.placeholders()));
        assertThat(message.zh()).as("%s is written in Chinese", message).containsPattern(CHINESE_WRITING);
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyProblemCodeHasATitleInBothLanguages(ProblemCode code) {
        assertThat(code.title(Language.EN)).isEqualTo(code.title()).isNotBlank();
        assertThat(code.title(Language.ZH)).isEqualTo(code.titleZh()).containsPattern(CHINESE);
    }

    @ParameterizedTest
    @EnumSource(ViolationCode.class)
    void everyViolationCodeSaysWhatItMeansInBothLanguages(ViolationCode code) {
        assertThat(code.description(Language.EN))
                .isEqualTo(code.descriptionEn())
                .isNotBlank();
        assertThat(code.description(Language.ZH))
                .isEqualTo(code.descriptionZh())
                .containsPattern(CHINESE);
        assertThat(code.name()).matches("[A-Z][A-Z0-9_]*");
    }

    @Test
    void codesAreDistinctFromEachOtherAcrossBothLists() {
        Set<String> names = new HashSet<>();
        for (ViolationCode code : ViolationCode.values()) {
            assertThat(names.add(code.name())).isTrue();
        }
        assertThat(names).contains("NEGATIVE_AMOUNT", "FINER_THAN_FEN", "UNKNOWN_PROPERTY", "REQUIRED", "TOO_LONG");
        assertThat(names).contains("NOT_A_NUMBER", "INVALID_ENUM");
    }

    @Test
    void fillsPlaceholdersByNameInEitherLanguageAndWritesTextValuesInTheSameLanguage() {
        Text text = Messages.NOT_FOUND.of(Messages.BUDGET, "42");
        assertThat(text.in(Language.EN)).isEqualTo("budget 42 does not exist");
        assertThat(text.in(Language.ZH)).isEqualTo("绩效目标表 42 不存在");
        Text nested = Messages.FIELD_MESSAGE.of("amounts.x", Messages.MUST_NOT_BE_NEGATIVE.of());
        assertThat(nested.english()).isEqualTo("amounts.x: must not be negative");
        assertThat(nested.in(Language.ZH)).isEqualTo("amounts.x：不得为负数");
        Text list = Messages.MUST_BE_ONE_OF.of(List.of("YUAN", "WAN_YUAN"));
        assertThat(list.english()).isEqualTo("must be one of YUAN, WAN_YUAN");
        assertThat(list.in(Language.ZH)).isEqualTo("须为以下值之一：YUAN、WAN_YUAN");
        assertThat(Messages.UNKNOWN_PROPERTY.of("$1\\").english()).isEqualTo("unknown or read-only property '$1\\'");
    }

    @Test
    void refusesTheWrongNumberOfValues() {
        assertThatThrownBy(() -> Messages.NOT_FOUND.of("only one")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "null | EN",
                "'' | EN",
                "zh-CN | ZH",
                "zh | ZH",
                "ZH-cn | ZH",
                "zh-Hans-CN | ZH",
                "en;q=0.5, zh;q=0.9 | ZH",
                "en-US,en;q=0.9,zh-CN;q=0.8 | EN",
                "de, fr;q=0.9 | EN",
                "de, zh;q=0.1 | ZH",
                "zh;q=0 | EN",
                "* | EN",
                "zh-CN;q=abc | EN",
            })
    void choosesTheLanguageFromAcceptLanguage(String header, Language expected) {
        assertThat(Language.fromAcceptLanguage(header)).isEqualTo(expected);
    }
}

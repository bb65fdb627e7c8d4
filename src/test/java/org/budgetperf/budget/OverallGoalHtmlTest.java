package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverallGoalHtmlTest {

    @Test
    void keepsCleanParagraphsUnchanged() {
        String html = "<p>2024年,市侨联将始终坚持……</p> <p>目标一:始终坚持正确方向。</p>";
        assertThat(OverallGoalHtml.sanitise(html)).isEqualTo(html);
        assertThat(OverallGoalHtml.paragraphs(html)).containsExactly("2024年,市侨联将始终坚持……", "目标一:始终坚持正确方向。");
    }

    @Test
    void removesScriptsHandlersStylesAndLinks() {
        String html = "<p style=\"color:red\" onmouseover=\"x()\">目标<script>alert(1)</script>一</p>"
                + "<iframe src=\"http://evil\"></iframe><p><a href=\"javascript:alert(1)\">目标二</a></p>";
        assertThat(OverallGoalHtml.sanitise(html)).isEqualTo("<p>目标一</p><p>目标二</p>");
    }

    @Test
    void turnsPlainTextLinesIntoEscapedParagraphs() {
        assertThat(OverallGoalHtml.sanitise("目标一:A & B\r\n\r\n目标二:x < y"))
                .isEqualTo("<p>目标一:A &amp; B</p><p>目标二:x &lt; y</p>");
        assertThat(OverallGoalHtml.paragraphs(OverallGoalHtml.sanitise("目标一\n目标二")))
                .isEqualTo(List.of("目标一", "目标二"));
    }

    @Test
    void blankIsNull() {
        assertThat(OverallGoalHtml.sanitise("  ")).isNull();
        assertThat(OverallGoalHtml.paragraphs(null)).isEmpty();
    }
}

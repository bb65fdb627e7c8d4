package org.budgetperf.exchange.table;

import java.util.List;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.budget.indicator.domain.IndicatorFramework.Entry;

/**
 * The Guangdong framework the real tables use. The tables themselves are read through
 * {@link org.budgetperf.support.RealData} from {@code src/test/resources/real/}.
 */
final class RealTables {

    /** As seeded by 2026-11-25-02-guangdong-framework.sql. */
    static final IndicatorFramework GUANGDONG = new IndicatorFramework(
            "guangdong-city-2024",
            "广东省市级部门整体绩效指标框架",
            List.of(
                    new Entry("产出指标", "数量指标"),
                    new Entry("产出指标", "质量指标"),
                    new Entry("产出指标", "时效指标"),
                    new Entry("产出指标", "成本指标"),
                    new Entry("效益指标", "经济效益指标"),
                    new Entry("效益指标", "社会效益指标"),
                    new Entry("效益指标", "生态效益指标"),
                    new Entry("效益指标", "可持续影响指标"),
                    new Entry("满意度指标", "服务对象满意度指标")));

    private RealTables() {}
}

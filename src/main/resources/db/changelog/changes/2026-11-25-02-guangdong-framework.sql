--liquibase formatted sql

--changeset perf-targets:2026-11-25-02-guangdong-framework
-- The framework used by the Guangdong city tables (Dongguan 2024, Zhanjiang 2023/2024).
INSERT INTO indicator_framework (code, name, description) VALUES
  ('guangdong-city-2024', '广东省市级部门整体绩效指标框架',
   'Three 一级 (产出, 效益, 满意度) with their 二级, as printed on the Guangdong city 部门整体预算绩效目标表.');
INSERT INTO indicator_framework_entry (framework_code, position, level1, level2) VALUES
  ('guangdong-city-2024', 1, '产出指标', '数量指标'),
  ('guangdong-city-2024', 2, '产出指标', '质量指标'),
  ('guangdong-city-2024', 3, '产出指标', '时效指标'),
  ('guangdong-city-2024', 4, '产出指标', '成本指标'),
  ('guangdong-city-2024', 5, '效益指标', '经济效益指标'),
  ('guangdong-city-2024', 6, '效益指标', '社会效益指标'),
  ('guangdong-city-2024', 7, '效益指标', '生态效益指标'),
  ('guangdong-city-2024', 8, '效益指标', '可持续影响指标'),
  ('guangdong-city-2024', 9, '满意度指标', '服务对象满意度指标');

-- The 2021 central guidance (财预〔2021〕101号) puts 成本指标 as a 一级 of its own.
INSERT INTO indicator_framework (code, name, description) VALUES
  ('central-2021', '中央部门项目支出绩效指标框架(2021)',
   'Four 一级 (产出, 效益, 成本, 满意度) following 财预〔2021〕101号.');
INSERT INTO indicator_framework_entry (framework_code, position, level1, level2) VALUES
  ('central-2021', 1, '产出指标', '数量指标'),
  ('central-2021', 2, '产出指标', '质量指标'),
  ('central-2021', 3, '产出指标', '时效指标'),
  ('central-2021', 4, '成本指标', '经济成本指标'),
  ('central-2021', 5, '成本指标', '社会成本指标'),
  ('central-2021', 6, '成本指标', '生态环境成本指标'),
  ('central-2021', 7, '效益指标', '经济效益指标'),
  ('central-2021', 8, '效益指标', '社会效益指标'),
  ('central-2021', 9, '效益指标', '生态效益指标'),
  ('central-2021', 10, '效益指标', '可持续影响指标'),
  ('central-2021', 11, '满意度指标', '服务对象满意度指标');

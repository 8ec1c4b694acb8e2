"""Indicator (extract/attribute/indicator.py), case by case: a sentence, a number in it, the
indicator FACTS.md gives that number (whole words, no subject, period or clause debris)."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

CASES = [
    # a prefecture named in full, its suffix no 市 (锡林郭勒盟, 延边朝鲜族自治州, 大兴安岭地区), is taken off whole
    ("2024年，锡林郭勒盟接待游客3000万人次。", "3000万人次", "接待游客"),
    ("2024年，延边朝鲜族自治州接待游客2800万人次。", "2800万人次", "接待游客"),
    ("2024年，大兴安岭地区接待游客573.52万人次。", "573.52万人次", "接待游客"),
    # a company's name after 旗下的 goes with it
    ("据介绍，旗下的华运物流公司营业收入增长12%。", "12%", "营业收入"),
    # words of likelihood and 交出 opening the phrase are no part of the measure (很有可能交出营收超1000亿元 → 营收)
    ("按此计算，2022年某某股份很有可能交出营收超1000亿元。", "超1000亿元", "营收"),
    # a counted thing whose name opens with digits and letters (5G基站, 3D打印机) is still the noun after the count
    ("今年全市新建1.2万个5G基站。", "1.2万个", "5G基站"),
    # a generic head after a fuller measure takes what that measure is of, its whole head taken off (营业收入, not
    # 收入 alone: 太阳能板块营业收入…，净利润… → 太阳能板块净利润, not 太阳能板块营业净利润)
    ("2021年，太阳能板块营业收入23.42亿元，净利润2.37亿元。", "2.37亿元", "太阳能板块净利润"),
    # a clause naming the measure and how it moved (持续攀升, 保持扩张), before the clause with the number: the measure
    ("今年以来，港口集装箱吞吐量持续攀升，首次突破800万标箱。", "突破800万标箱", "港口集装箱吞吐量"),
    ("民间投资保持扩张，同比增长6.2%。", "6.2%", "民间投资"),
    # a sentence naming no measure after the item its line opens with as a sentence of its own (a budget report's
    # ——增值税。完成…): that item
    ("现将部分收支科目预算执行情况说明如下：\n——增值税。完成 77.26 亿元，占预算的 138%，增长 52.5%。", "77.26 亿元",
     "增值税"),
    # …and a sentence later on such a line, where the item is set off by a dash (——节能环保支出。…。同口径下降2.6%)
    ("说明如下：\n——节能环保支出。完成 16.6 亿元。比上年下降，主要是项目减少。剔除上述因素后，同口径下降2.6%。", "2.6%",
     "节能环保支出"),
    # the value a move goes to (从A上涨到B, 由A发展到B) is of the measure it went from, not the verb of the move
    ("大白菜均价从0.3元/公斤上涨到0.6元/公斤，上涨幅度100%。", "0.6元/公斤", "大白菜均价"),
    ("全省苹果种植面积由2007年的727万亩发展到2010年的902万亩。", "902万亩", "苹果种植面积"),
    ("玉米价格从2009年的1900元/吨，已上涨至目前的2285元/吨。", "2285元/吨", "玉米价格"),
    # the country's name opening the clause of a national figure is who, not what (中国风力发电新增装机)
    ("截至2010年底，中国全年风力发电新增装机达1600万千瓦。", "1600万千瓦", "风力发电新增装机"),
    # 形成 before a number makes the noun after it what is measured (形成3000亿元新能源汽车产业链)
    ("去年，全市形成3000亿元新能源汽车产业链，效果明显。", "3000亿元", "新能源汽车产业链"),
    # 削减 is a change word whole (二氧化硫排放量削减15%: no 削 left on the measure), and a list's items
    # share their measure's head (排放量: 化学需氧量、氨氮、二氧化硫排放量 → 氨氮排放量)
    ("化学需氧量、二氧化硫排放量比2005年削减15%以上。", "15%以上", "化学需氧量、二氧化硫排放量"),
    ("化学需氧量、氨氮、二氧化硫排放量分别比2010年削减4.49%、4.57%和4.94%。", "4.57%", "氨氮排放量"),
    # a conjunction opening the clause (但, 尽管) and an adverb before the verb (仍) are no part of the measure
    ("虽然一季度有所下滑，但营业收入仍增长5.2%。", "5.2%", "营业收入"),
    # an adverb before the verb (则, 只, 已经, 普遍, 双双, 连续, 年均) is no part of the measure, at its end or before
    # another such word
    ("公司营业收入增长12%，利息净收入则下降3.1%。", "3.1%", "利息净收入"),
    ("受来水偏枯影响，水电发电量只有120亿千瓦时。", "120亿千瓦时", "水电发电量"),
    ("食品、饮料所占基金净值比例已经升至16.3%。", "16.3%", "食品、饮料所占基金净值比例"),
    ("银行间主要利率债收益率普遍下行10个基点左右。", "10个基点左右", "银行间主要利率债收益率"),
    ("金融机构本外币存、贷款余额双双突破1万亿元。", "突破1万亿元", "金融机构本外币存、贷款余额"),
    ("过去五年，全社会研发经费投入年均增长12.5%。", "12.5%", "全社会研发经费投入"),
    # the word of a region's kind after a subject's name (山西大同地区) goes with the name, not with the measure; not
    # where it starts another word (地区生产总值)
    ("易煤价格指数显示，截至5月31日，山西大同地区主流煤矿坑口价为428元/吨。", "428元/吨", "主流煤矿坑口价"),
    ("平顶山地区大型主导焦化企业二级冶金焦出厂含税价在1900元。", "1900元", "大型主导焦化企业二级冶金焦出厂含税价"),
    ("2024年，遵义地区生产总值达到5000亿元。", "5000亿元", "地区生产总值"),
    # 一般性 is one word: the split word 一般 does not cut it (一般性转移支付, not 性转移支付)
    ("2022年，中央一般性转移支付补助收入执行数2531.60亿元。", "2531.60亿元", "中央一般性转移支付补助收入执行数"),
    # a budget's 预计执行数 (the expected outturn) is one word: the split word 预计 does not cut it
    ("2022年全省地方政府债务余额预计执行数20694.05亿元。", "20694.05亿元", "地方政府债务余额预计执行数"),
    # so are 计划投资 (planned investment, not 投资 after the split word 计划) and the title 全国重点文物保护单位
    ("项目计划投资12亿元，建设期两年。", "12亿元", "项目计划投资"),
    ("全县共有全国重点文物保护单位5处。", "5处", "全国重点文物保护单位"),
    # 累计 before a measure's head is part of the measure (累计装机容量: the stock so far); before a verb it starts
    # what is measured (中国、欧洲和美国累计申请专利 → 申请专利)
    ("截至目前，某公司已在中国、欧洲和美国累计申请专利超200项。", "超200项", "申请专利"),
    ("四大高载能行业合计用电量120亿千瓦时。", "120亿千瓦时", "四大高载能行业合计用电量"),
    ("两地共投资120亿元。", "120亿元", "两地投资"),  # (共 alone is no part of the measure)
    ("截至2024年底，全省风电累计装机容量达到500万千瓦。", "500万千瓦", "风电累计装机容量"),
    ("截至目前，全省光伏累计发电量达到120亿千瓦时。", "120亿千瓦时", "光伏累计发电量"),
    # 全国 and 年均 inside a phrase name the measure (全国重点实验室, a title; 细颗粒物年均浓度, a yearly mean), not a
    # scope or an adverb after which it starts
    ("全市拥有全国重点实验室2个、省级重点实验室20个。", "2个", "全国重点实验室"),
    ("优良天数比例首次突破80%，细颗粒物年均浓度下降到28微克/立方米。", "28微克/立方米", "细颗粒物年均浓度"),
    # places listed in the number's own clause are whose numbers they are, not what they measure: the
    # measure is what follows them (with 分别 or without)
    ("上半年，江门、肇庆增速分别为6.1%和5.7%，均高于全省。", "5.7%", "增速"),
    ("一季度，潮州、揭阳、汕尾增速仅为1.1%、2.4%、3.6%。", "2.4%", "增速"),
    ("上半年，遵义、安顺两市增速分别为6.1%和5.7%。", "5.7%", "增速"),
    # the measure after places named in the clause before 分别 is the one 分别 follows
    ("其中，湖北为18.7%，增速暂居全国第一；海南、北京紧随其后，增速分别为12.8%、10.7%。", "12.8%", "增速"),
    # 分别 after a base year (分别较2019年增长…): each number the measure of a number before it, in order
    ("全年接待游客800万人次，实现旅游综合收入90亿元，分别较2019年增长16.9%、33.3%。", "16.9%", "接待游客"),
    # the noun after a count ends before the bound word of the number after it (5个总投资超过10亿元: 超过 is
    # the next number's), and a group's measure is not said twice
    ("20个项目中有5个总投资超过10亿元，17个项目总投资超1亿元。", "5个", "总投资"),
    ("20个项目中有5个总投资超过10亿元，17个项目总投资超1亿元。", "超过10亿元", "总投资"),
    # a threshold the measure before it passes (超, 位于 … 的 + a noun) is of that measure, not of the noun after
    ("截至4月26日，2021年一季度GDP总量超1万亿元的省份共8个。", "超1万亿元", "GDP总量"),
    ("3月份，制造业PMI位于60.0%以上的高景气区间。", "60.0%以上", "制造业PMI"),
    # not after a verb acting on what follows, nor after a scope word (a share of the thing after)
    ("江苏企业承接了全球70%以上的绿色船舶订单。", "70%以上", "绿色船舶订单"),
    # 总量 (the whole amount) alone before a number is the measure just named
    ("经济运行总体平稳，国内生产总值增长5%，总量达到140.19万亿元。", "140.19万亿元", "国内生产总值"),
    # a number inside a parenthesis opened before it is measured by what the parenthesis says before it
    ("全市有学前教育机构300所（其中幼儿园286所，民办早教机构14所）。", "286所", "幼儿园"),
    # 折合 (converted to) names no measure: the one just named goes on
    ("2022年1月，全国实际使用外资金额1022.8亿元人民币，同比增长11.6%；折合158.4亿美元。", "158.4亿美元",
     "实际使用外资金额"),
    # 自 left before the time a value is moved from (营业额自2011年的…增长至…) is no part of the measure
    ("公司营业额自2011年的68.66亿元增长至2021年的228.37亿元。", "68.66亿元", "营业额"),
    # 首 of 首超 (first passed) is no part of the measure: 超 is the figure's qualifier
    ("2025年，全国全社会用电量首超10万亿千瓦时。", "超10万亿千瓦时", "全社会用电量"),
    # 最新 before a measure says when it was counted, not what: 截至7月10日最新股东户数为… → 股东户数
    ("华联控股截至7月10日最新股东户数为5.32万户，较6月30日下降5%。", "5.32万户", "股东户数"),
    # 以来 left at a phrase's end once the time before it is taken out (销售额3月以来…) is no part of the measure
    ("发布时间：2021-07-13\n该公司销售额3月以来累计增长12%。", "12%", "销售额"),
    # after 分别 and a verb of its own (分别新认定, 分别收入), the items listed before it with that verb
    ("全市专精特新企业、高新技术企业分别新认定120家和340家。", "340家", "高新技术企业新认定"),
    ("省内轮胎模具、硫化机分别收入5.2亿元和3.1亿元。", "3.1亿元", "硫化机收入"),
    ("三家酒企半年报出炉，五粮液、泸州老窖和山西汾酒分别盈利120亿元、60亿元和40亿元。", "60亿元", "盈利"),
    # 分别为 alone before a list of numbers names no measure: the one just named goes on
    ("全国用电量增长12%。其中，3-5月用电增速呈放缓趋势，分别为13.4%、11.2%和10.8%。", "11.2%", "用电量"),
    # 于 before the day a deal was done is no part of the measure (于2024年8月21日耗资…)
    ("京东集团在港交所公告称，于2024年8月21日耗资约3.9亿美元回购其股票。", "约3.9亿美元", "耗资"),
    # 仅 (only) opening the phrase is no part of the measure
    ("上半年，全市工业总产值增长10%，仅光伏产值就达7.8亿元。", "7.8亿元", "光伏产值"),
    # a number alone on a line a break has cut from its measure is no measure itself: the one just named
    # goes on
    ("今年一季度全省净利润2.65亿元，\n同比增10.49%。如此推算，二季度亏损。", "10.49%", "净利润"),
    # a measure said of a list of its owners, with no 分别 to split it, is the measure alone; a measure of
    # two groups no name names keeps them (城镇、农村居民的人均可支配收入)
    ("上半年，交通运输、有色金属、纺织服饰行业的单季净利润均超过20亿元。", "超过20亿元", "单季净利润"),
    ("上半年，五粮液、泸州老窖的营业收入均超过200亿元。", "超过200亿元", "营业收入"),
    ("上半年，城镇、农村居民的人均可支配收入均超过2万元。", "超过2万元", "城镇、农村居民的人均可支配收入"),
    # a milestone passed (大关, 关口, 台阶) names no measure: the one just named goes on
    ("2017年研究生报考人数首破200万人大关，达到201万。", "201万", "研究生报考人数"),
    # the company a fact is of, named in a list of the measure's owners, leaves no list mark behind
    ("中国人寿、新华保险、中国人保的新业务价值均有下降，新华保险新业务价值为40.90亿元。", "40.90亿元", "新业务价值"),
    ("上半年，五粮液和泸州老窖营业收入增长20%，其中五粮液营业收入增长25%。", "25%", "营业收入"),
    # a count of a class of units only (行业, 企业) is counted with what the clause says they do
    ("规模以上工业的41个大类行业中有22个行业实现增速回升。", "22个", "行业实现增速回升"),
    ("2010年共有10家企业实现海外上市，募资300亿元。", "10家", "企业实现海外上市"),
    # what is said of companies listed in the clause before 分别, without their count and their own figure
    ("其中，大众汽车集团、雷诺集团和沃尔沃等3家下滑幅度超过两成，分别下降22.2%、29.7%和23.5%。", "29.7%", "下滑幅度"),
    # a phrase that is only a stage of a budget (执行中调整为, 实际完成) names no measure: the budget's measure
    # just named goes on, its adjusted budget named as such (budget_stages.tsv)
    ("全市一般公共预算收入年初预算127.4亿元，执行中调整为129.2亿元，实际完成139.3亿元，为调整预算的107.8%。",
     "129.2亿元", "一般公共预算收入调整预算"),
    ("全市一般公共预算收入年初预算127.4亿元，执行中调整为129.2亿元，实际完成139.3亿元，为调整预算的107.8%。",
     "139.3亿元", "一般公共预算收入"),
    ("全市政府性基金预算收入年初预算172.3亿元，后经市人大常委会批准调整为110.8亿元。", "110.8亿元",
     "政府性基金预算收入调整预算"),
    # a budget's bare item (收入总计, 结转, 总支出) is the item of the budget account the text names last before it
    # (budget_stages.tsv roles account and item)
    ("全省一般公共预算收入，加上中央转移支付补助、上年结转等6179.3亿元，收入总计7470亿元。", "7470亿元",
     "一般公共预算收入总计"),
    ("二、政府性基金预算决算情况\n全省政府性基金预算收入2811.8亿元。加上债务收入等收入后，总收入10739.05亿元。"
     "结转734.47亿元。", "734.47亿元", "政府性基金预算结转"),
    ("二、政府性基金预算决算情况\n全省政府性基金预算收入2811.8亿元。加上债务收入等收入后，总收入10739.05亿元。",
     "10739.05亿元", "政府性基金预算总收入"),
    # a modal verb (可以) before the verb introducing the number is no part of the measure
    ("2020年，全国风电装机容量可以达到2.3亿千瓦。", "2.3亿千瓦", "风电装机容量"),
    # what a bracket held (其中：开发区4.6亿元) is no measure of the numbers after it closes: the one before it goes on
    ("市级一般公共收入预算36.3亿元（其中：开发区4.6亿元），实际完成37.9亿元，增长14.6%。", "14.6%", "市级一般公共收入"),
    # what ranks is named before the ranking's words: how long it has held its place (连续3年, 暂), where
    # it stands before the verb (在全国, 全国排名) or after it (居粮食主产省, 居西部省份: a group of places)
    ("去年，全省粮食单产连续3年居粮食主产省第1位。", "第1位", "粮食单产"),
    ("全区国家级先进制造业集群数量居西部省份第2位。", "第2位", "国家级先进制造业集群数量"),
    ("湖北GDP增速暂居全国第一。", "全国第一", "GDP增速"),
    ("全区工业增加值全国排名有望上升至第14位。", "第14位", "工业增加值"),
    ("粤港澳大湾区的经济总量在全国排名第3位。", "第3位", "经济总量"),
    ("全省研发投入强度居中国第1。", "第1", "研发投入强度"),
    # a first place in any ranking a rank verb names (居长江中上游港口首位) measures what was ranked
    ("武汉港集装箱吞吐量居长江中上游港口首位。", "首位", "集装箱吞吐量"),
    # 大增, 大涨 are change words (净利润同比大增10.21%); 遥遥领先 after a value names no measure
    ("浦发银行净利润同比大增10.21%，为增长最亮眼。", "10.21%", "净利润"),
    ("拨备覆盖率方面，招商银行以405.93%遥遥领先。", "405.93%", "拨备覆盖率"),
    # a list of measures before 分别 and the base the changes are compared with (分别比上年上涨…): each number
    # its measure
    ("公立医院次均门诊费用和人均住院费用分别比上年上涨3.7%和2.2%。", "2.2%", "人均住院费用"),
    # changes listed with no 分别 right after a change word read the levels before them in turn
    ("5月份我国共生产汽车134.89万辆，实现销售138.28万辆，较上年同期下降4.89%和3.47%。", "4.89%", "生产汽车"),
    ("5月份我国共生产汽车134.89万辆，实现销售138.28万辆，较上年同期下降4.89%和3.47%。", "3.47%", "销售"),
    # a count's thing is the noun after the threshold that qualifies it (1908个业务收入超百万元的…项目 → …项目)
    ("全县培育12家营收超亿元的企业。", "12家", "企业"),
    ("已打造了1908个业务收入超百万元的快递服务制造业项目。", "1908个", "快递服务制造业项目"),
    # what the noun after a number does (如同…, 短期内很难改变) is no part of it (measure_phrase_words.tsv, noun_end)
    ("超过460万公里的农村公路如同“毛细血管”深入乡村。", "超过460万公里", "农村公路"),
    ("正反280元/吨的价差短期内很难改变。", "280元/吨", "价差"),
    # a listed item that is a measure of its own (营业收入) takes no head from the last item (净利润)
    ("一季度实现营业收入和净利润分别为1.94亿元和4245万元。", "1.94亿元", "营业收入"),
    ("公司营业收入、归母净利润分别为12亿元、3亿元。", "12亿元", "营业收入"),
    ("四季度，规模以上工业增加值、服务业增加值的增速分别加快0.7和1.0个百分点。", "1.0个百分点", "服务业增加值的增速"),
    # an age moved to another (由…的76.7岁提高到…的77岁) is the measure's value, no age class of it
    ("我国居民人均预期寿命由2017年的76.7岁提高到2018年的77岁。", "77岁", "居民人均预期寿命"),
    ("全市15—59岁人口为320万人。", "320万人", "15—59岁人口"),
    # a verb of movement after a short measure is no part of it; a noun of change is (户均增收)
    ("小米概念股走高，股价上涨5%。", "5%", "股价"),
    ("今年以来，户均增收3000元。", "3000元", "户均增收"),
    # a filler word before a change names no measure: the measure just named goes on
    ("10月末，个人住房贷款余额38万亿元，当月增加200亿元。", "200亿元", "个人住房贷款余额"),
    # a word is never cut in half by the cleaning (whole_words.tsv)
    ("能源消费总量1.2亿吨标准煤。", "1.2亿吨标准煤", "能源消费总量"),
    ("全省在校生人数达到12万人。", "12万人", "在校生人数"),
    ("全省可再生能源装机容量3000万千瓦。", "3000万千瓦", "可再生能源装机容量"),
    ("其中能源工业投资增长5%。", "5%", "能源工业投资"),
    # 同期 goes with the time it follows, a trailing adverb (也, 平均, 均) and a market's 收盘 with the verb
    ("受疫情影响，2020年同期规模以上工业增加值下降23.2%。", "23.2%", "规模以上工业增加值"),
    ("数据显示，规模以上工业增加值比2019年同期增长5.4%。", "5.4%", "规模以上工业增加值"),
    ("城市周边度假酒店的价格也上涨了三成左右。", "三成左右", "城市周边度假酒店的价格"),
    ("上榜公司下半年以来股价平均上涨12.14%。", "12.14%", "股价"),
    ("中证转债指数收盘跌0.37%。", "0.37%", "中证转债指数"),
    ("全省居民人均可支配收入3.2万元。", "3.2万元", "居民人均可支配收入"),
    ("全县粮食亩均增产24.2斤。", "24.2斤", "粮食亩均"),
    ("累计实现债务重组金额1900亿元，相应减免债务利息金额共计199.67亿元。", "199.67亿元", "减免债务利息金额"),
    # 城乡 before 分别 and two values: the towns' and the villages' (城镇…, 农村…); an industry
    # ending in 矿业 is no company (规模以上采矿业)
    ("全省城乡居民人均可支配收入分别增长4.7%、6.6%。", "4.7%", "城镇居民人均可支配收入"),
    ("全省城乡居民人均可支配收入分别增长4.7%、6.6%。", "6.6%", "农村居民人均可支配收入"),
    ("从行业门类看，规模以上采矿业、制造业增加值分别增长12.9%、6.1%。", "12.9%", "规模以上采矿业增加值"),
    # a change word of two characters is taken whole (压降), not its second half (降)
    ("稳步推进改革化险，高风险机构压降80%。", "80%", "高风险机构"),
    # a bond's or a rate's term (10年期, 1年期) is part of what is measured, not a time
    ("10年期国债收益率下行3个基点，报2.15%。", "2.15%", "10年期国债收益率"),
    ("1年期LPR为3.45%，5年期以上LPR为3.95%。", "3.95%", "5年期以上LPR"),
    # a quoted label opening the phrase keeps both its quotes
    ("今年前8个月，“新三样”产品出口增长15%。", "15%", "“新三样”产品出口"),
    # an industry named without a measure, in a breakdown of the measure just reported, is that measure's
    ("主要行业中，汽车制造业增加值增长9.1%，专用设备制造业增长10.6%，石油和天然气开采业增长12.5%。", "10.6%",
     "专用设备制造业增加值"),
    ("主要行业利润情况如下：煤炭开采和洗选业利润总额同比增长2.23倍，纺织业增长4.6%，汽车制造业下降3.4%。", "3.4%",
     "汽车制造业利润总额"),
    # (a measure of its own is kept: 旅游业收入)
    ("全年接待游客增长10%，旅游业收入增长12%。", "12%", "旅游业收入"),
    # 从 and 由 inside a word (从业人员, 自由贸易) open no "from" phrase
    ("从业人员指数为50.24%，比上月提高4.02个百分点。", "50.24%", "从业人员指数"),
    ("全省自由贸易试验区进出口增长8.5%。", "8.5%", "自由贸易试验区进出口"),
    # a list before a share (X、Y增加值占…的比重) gives each item the whole share, and the items of a
    # list are never cut at the length of the first
    ("规模以上高技术制造业、装备制造业增加值占规模以上工业增加值的比重分别为16.3%、34.6%。", "16.3%",
     "规模以上高技术制造业增加值占规模以上工业增加值的比重"),
    ("规模以上高技术制造业、装备制造业增加值占规模以上工业增加值的比重分别为16.3%、34.6%。", "34.6%",
     "装备制造业增加值占规模以上工业增加值的比重"),
    # a list closed by 等 and what it is (化工、汽车制造等重点行业产值分别…): each item that measure
    ("全市35个行业大类中有七成行业实现增长，其中化工、汽车制造、电子信息等重点行业产值分别增长22.8%、14.2%和13.9%。",
     "14.2%", "汽车制造行业产值"),
    # the period is not part of the indicator (1—11月份 as a whole)
    ("1—11月份规模以上工业增加值同比增长5.8%。", "5.8%", "规模以上工业增加值"),
    # a change with no phrase of its own in its clause takes the last clause that names something
    ("至9月末，全线货车日均装车3.1万车，增长5%。", "5%", "全线货车日均装车"),
    # the subject is not part of the indicator
    ("某某证券股份有限公司2024年营业收入52.3亿元。", "52.3亿元", "营业收入"),
    ("遵义市人口660万人。", "660万人", "人口"),
    # a list named before 分别: each number its own item, with the head the list shares
    ("全省小麦、玉米产量分别为80万吨、400万吨。", "400万吨", "玉米产量"),
    ("工业机器人、新能源汽车、服务器、3D打印设备产量分别增长191.6%、349.6%、100.3%和20%。", "191.6%",
     "工业机器人产量"),
    ("第一、二、三产业增加值占地区生产总值的比重分别为9.0%、37.5%和53.5%。", "37.5%",
     "第二产业增加值占地区生产总值的比重"),
    ("广西进口、出口整体通关时间分别为28.6小时和0.9小时。", "28.6小时", "进口整体通关时间"),
    # the share of its plan a measure reached is that measure's (完成年度预算的100.3%), and the change
    # after it is the measure's own
    ("2025年全市一般公共预算收入215.1亿元，完成年度预算的100.3%，可比增长6.9%，收入质量保持稳定，税收占比有所提高。",
     "100.3%", "一般公共预算收入完成年度预算"),
    ("2025年全市一般公共预算收入215.1亿元，完成年度预算的100.3%，可比增长6.9%，收入质量保持稳定，税收占比有所提高。",
     "6.9%", "一般公共预算收入"),
    ("全市政府性基金预算支出53.2亿元，为调整预算的96.4%，下降8.1%，主要是土地出让收入减少，相关支出随之压减。",
     "96.4%", "政府性基金预算支出完成调整预算"),
    ("全年实现营业收入120.6亿，同比增长10.97%;归属母公司净利润5.16亿，同比增长818.18%，公司业绩提升明显，"
     "主要产品弹簧扁钢和汽车板簧盈利能力较强。", "5.16亿", "归属母公司净利润"),
    ("上半年，中国人寿、中国平安、新华保险的新业务价值分别为298.67亿元、273.87亿元和40.90亿元，同比分别下降19.0%、"
     "11.7%和21.7%。", "40.90亿元", "新业务价值"),
    ("上半年，华信电气、黔能集团和贵州磷化集团营业收入分别为29亿元、27亿元、10亿元。", "29亿元", "营业收入"),
    # nor is a company report's own time word (报告期内), nor 公司 after it
    ("中报速递\n天齐锂业(002466)8月23日晚间披露半年报，报告期内公司实现营业收入7.55亿元，同比增长16%。", "7.55亿元",
     "营业收入"),
    # the day of a 截至 day is no part of the measure
    ("发布时间：2011-06-14\n佛山市截至5月31日销售家电下乡产品5.08万台（件）。", "5.08万台", "销售家电下乡产品"),
    # a loss cut or widened (减少亏损, 减亏) is a change of the loss just named
    ("公司上半年归属于母公司所有者的净利润亏损9.9亿元，同比减少亏损79.7%，经营状况较上年同期明显改善，主营业务稳步恢复。",
     "79.7%", "归属于母公司所有者的净利润亏损"),
    # a name the text goes on to call by a short form (以下简称) is still the subject's name, not part of the measure
    ("今年1月份，北京市国有资产经营有限责任公司（以下简称“北京国资公司”）营业收入6.67亿元。", "6.67亿元", "营业收入"),
    # 较去年同月 is what a change is compared with (as 较去年同期): the change is of the measure just named
    ("2月零售业总销货价值为233亿元，较去年同月下跌44%。", "44%", "零售业总销货价值"),
    # 按年平均汇率折算 says how the value is converted, not what it measures
    ("2025年，我国人均GDP达到99665元，比上年增长5.1%，按年平均汇率折算达1.39万美元，继续保持在中等偏上收入国家行列。",
     "1.39万美元", "人均GDP"),
    # 同口径 says how a change is measured, not what changed
    ("全市一般公共预算支出190.4亿元，增长4.1％，同口径增长3％，重点领域支出得到有力保障，民生支出占比保持在八成以上。",
     "3％", "一般公共预算支出"),
    # a list of price classes sharing 价格 (衣着类、居住类…价格分别上涨…)
    ("从八大类商品看，衣着类、居住类和其他用品及服务类价格分别上涨1.2%、0.5%和2.1%，食品烟酒类价格保持稳定，交通通信类价格有所下降。",
     "0.5%", "居住类价格"),
    # what a verb makes (新开工…电站) is what is counted, not who counts
    ("去年全省新开工抽水蓄能电站3座以上，新增装机规模和投资规模都明显扩大，清洁能源的占比继续提高，能源结构进一步优化。",
     "3座以上", "新开工抽水蓄能电站"),
    # the list named in the clause before 分别's own: the items, without what opens the clause
    # and what it says of them (尤其是…, …增长较快)
    ("其中电子信息制造业、生物医药产业，保持较快增长，同比分别增长12.4%和8.6%。", "8.6%", "生物医药产业"),
    ("这主要是由于化工、建材、有色金属行业增长较快，上半年分别增长2.1、1.7、0.9倍。", "1.7", "建材"),
    # a whole word is not split at a word the cleaning splits after (一般, 共); a verb of control or
    # crossing before the number is not part of the measure
    ("今年一般公共预算收入增长3%左右。", "3%左右", "一般公共预算收入"),
    ("城镇调查失业率控制在5.5%以内。", "5.5%以内", "城镇调查失业率"),
    ("全省经济总量跨越2万亿元台阶。", "跨越2万亿元", "经济总量"),
    # a share's 占比 is part of its measure (its 比 is no comparison); 一般贸易 is one word
    ("出口占比两成多。", "两成多", "出口占比"),
    ("其中一般贸易出口占比61.5%。", "61.5%", "一般贸易出口占比"),
    # what of a list of places the numbers after 分别 measure (遵义、安顺两市增幅较大，分别达…)
    ("其中，遵义、安顺两市增幅较大，分别达12.5%和11.2%。", "11.2%", "增幅"),
    # the value a figure is compared with measures what the figure does
    ("全市常住人口为4868243人，与2010年第六次全国人口普查的4613871人相比，十年共增加254372人。", "4613871人",
     "常住人口"),
    # an aim named after the number is the aim for the measure before it
    ("前三季度GDP同比增长9.8%，高于6%以上的预期目标。", "6%以上", "GDP"),
    # a ranking after the number names no measure: the one reported before goes on
    ("一季度广东地区生产总值增长18.6%。广东省以27117.96亿元居于全国首位。", "27117.96亿元", "地区生产总值"),
    # how a change was measured (按可比口径) is not what was measured
    ("全国国内旅游出游合计7.65亿人次，按可比口径同比增长5.9%。", "5.9%", "国内旅游出游"),
    # a company's word for itself is its subject, not part of its measure; nor is the base of a comparison
    ("报告期内，公司实现营业总收入834.51亿元。", "834.51亿元", "营业总收入"),
    ("截至报告期末，公司总资产2796.36亿元，较上年度末下降1.37%。", "1.37%", "总资产"),
    # a clause that names only a time or a point of view goes on with the measure just reported
    ("前三季度国内生产总值823131亿元，同比增长9.8%。\n分季度看，一季度同比增长18.3%。", "18.3%", "国内生产总值"),
    # another reading of the measure just named
    ("规模以上工业增加值增长28.9%，两年平均增长4.6%。", "4.6%", "规模以上工业增加值"),
    ("固定资产投资同比增长46.9%，比2019年同期增长15.5%。", "15.5%", "固定资产投资"),
    # a place alone is who, not what; a topic the sentence opens with names what a list measures
    ("从前三季度GDP增速来看，“十强”分别是：北京10.7%、浙江10.6%、山西10.5%。", "10.6%", "GDP增速"),
    # an aside or a market report's verb names nothing: the measure is the one just named
    ("上半年国内生产总值，按不变价格计算，同比增长2.5%。", "2.5%", "国内生产总值"),
    ("香港恒生指数跌1.02%报17692.45点。", "17692.45点", "恒生指数"),
    # a clause that only compares the measure just named with others
    ("地区生产总值增长11.6%，分别高于全国、全省3.5个和2.5个百分点。", "3.5个", "地区生产总值"),
    # a grid's voltage class before what is built is part of what is measured (新开工110千伏及以上线路215公里)
    ("一季度，全市新开工110千伏及以上线路215公里，投产变电容量201万千伏安。", "215公里", "新开工110千伏及以上线路"),
    ("一季度，新建(改造)10千伏线路703公里，配变1654台。", "703公里", "新建10千伏线路"),  # (brackets: _PARENTHETICAL)
    # a number whose clause names nothing takes the nearest clause before that names a measure
    ("上半年，全市固定资产投资同比增长14.7%。特别是工业投资，增势强劲，增长达50.8%。", "50.8%", "工业投资"),
    # 的基础上 after a number is no measure; 较今年初 is the base of a change, no part of what changed
    ("全市税收完成135.4亿元，在减税16.92亿元的基础上，税收增收13.3亿元。", "16.92亿元", "减税"),
    ("流动负债中，短期借款增幅最大，较今年初增长了178.63%。", "178.63%", "短期借款增幅"),
    # with an adverb of degree before the comparison (远远低于, 明显高于, 略低于)
    ("全省到位技改资金1515.5亿元，同比增长14.1%，远远低于去年同期的34.2%。", "34.2%", "到位技改资金"),
    ("全省到位技改资金1515.5亿元，同比增长14.1%，明显高于全国平均水平的9.6%。", "9.6%", "到位技改资金"),
    # a topic before 实现 stays with the measure it reports
    ("国有控股企业实现利润总额23638.1亿元。", "23638.1亿元", "国有控股企业利润总额"),
    # a phrase that is only a verb names no measure: its object after the number does (开展…操作)
    ("人民银行开展3000亿元中期借贷便利（MLF）操作，中标利率为2.85%。", "3000亿元", "中期借贷便利(MLF)操作"),
    ("自治区财政拿出120.6亿元支持基层化债，守住了不发生系统性风险的底线。", "120.6亿元", "支持基层化债"),
    ("截至6月末，该行还发行200亿元永续债，资本实力明显增强。", "200亿元", "永续债"),

    # 少增 is a change of the measure before it, as 多增 is
    ("9月份，人民币贷款增加1.59万亿元，同比少增7019亿元，增速有所放缓。", "7019亿元", "人民币贷款"),

    # 有, 共有, 拥有 before what is counted is a verb, not part of its name (有色金属 is a name)
    ("全国共有各级各类学校49.83万所，比上年减少1.02万所。", "49.83万所", "各级各类学校"),
    ("全市拥有国家高新技术企业1.2万家，数量居全省首位。", "1.2万家", "国家高新技术企业"),
    ("全省有色金属产量达到120万吨，比上年增长3%。", "120万吨", "有色金属产量"),
    ("全区有进出口实绩的外贸企业9867家，增加612家。", "9867家", "有进出口实绩的外贸企业"),

    # the company a document is about, named inside the phrase, is its subject, not part of the measure
    ("比亚迪发布2024年年报\n报告期内，公司实现营业收入7771.02亿元。2024年比亚迪新能源汽车销量427.21万辆，同比增长41.26%。",
     "427.21万辆", "新能源汽车销量"),

    # a level word after the number (21%的高位, 3%的水平) is no measure: the phrase before it is
    ("存款准备金率再次提高后，大中型金融机构存款准备金率达到21%的高位，信贷增速回落。", "21%",
     "大中型金融机构存款准备金率"),
    # a place and its figure in brackets (广东（3.3%）) name no measure: the one just reported goes on
    ("一季度，全国GDP同比增长4.8%。其中，广东（3.3%）、江苏（4.6%）增速低于全国水平。", "3.3%", "GDP"),

    # 第一产业 is a term, not a rank (全省第一) and what follows it
    ("全省第一产业、第二产业和第三产业增加值分别增长3.5%、5.2%和4.7%。", "3.5%", "第一产业增加值"),

    # one character left of the phrase before the number (计, 为, 成) names no measure: the noun after does
    ("截至2009年底，中国已核准28台机组，其中20台计2192万千瓦已开工建设。", "2192万千瓦", "已开工建设"),

    # a filler word left alone (依旧, 当日) names no measure: the one just named goes on
    ("一季度全市社会消费品零售总额增长6.2%，3月份依旧增长4.1%。", "4.1%", "社会消费品零售总额"),
    # …as does a function word alone whatever rule read it (a noun after the number: 4000公里还是3000公里)
    ("中俄东线新修管道3000公里。同样是要新修管道，4000公里还是3000公里，代表的是经济性。", "4000公里",
     "中俄东线新修管道"),
    # a dimension named before the number measures the thing after 的 (全长13.6公里的太康隧道, 海拔3300米的…:
    # measure_phrase_words.tsv measure_noun)
    ("全长13.6公里的太康隧道日前贯通，为后续施工奠定基础。", "13.6公里", "全长"),
    # …and a place with its adverb and its verb of reaching alone (江苏也达到了…) names none: the measure just
    # reported goes on to the next sentence's place
    ("一季度广东地区生产总值达到了2.8万亿元，居全国首位。江苏也达到了2.7万亿元，位居第二。", "2.7万亿元",
     "地区生产总值"),

]


def test_a_company_alone_before_its_number_is_who_not_what() -> None:
    # 中国国航上涨近8%: the company is the subject; the measure is named elsewhere or not at all
    [fact] = extract_text("盘面上，航空板块表现活跃，中国国航上涨近8%。").facts
    assert fact.subject == "中国国航" and fact.indicator != "中国国航"


def test_a_number_alone_on_its_line_takes_its_caption() -> None:
    # a chart's caption on the line before (新增个人住房贷款⏎3481亿元), else the line after (80%⏎单产提升…)
    text = "金融数据\n新增个人住房贷款\n3481亿元\n10月份，新增人民币贷款8262亿元。"
    got = {f.text: f for f in extract_text(text).facts}
    assert got["3481亿元"].indicator == "新增个人住房贷款"
    text = "三农数据\n本报记者  郁静娴\n80%\n单产提升对粮食增产贡献率，首次超过八成。"
    got = {f.text: f for f in extract_text(text).facts}
    assert got["80%"].indicator == "单产提升对粮食增产贡献率"


@pytest.mark.parametrize(("sentence", "fact_text", "indicator"), CASES, ids=[c[1] for c in CASES])
def test_indicator(sentence: str, fact_text: str, indicator: str) -> None:
    facts = {f.text: f for f in extract_text(sentence).facts}
    assert fact_text in facts, sorted(facts)
    assert facts[fact_text].indicator == indicator, facts[fact_text].rule


def test_a_share_keeps_its_company_s_name() -> None:
    # 万科A is the share, not 万科 and a stray letter: the company's name stays in its share's
    text = "万科发布2011年中报\n上半年，公司实现营业收入157.2亿元。万科A今日收于8.06元，下跌0.12元，降幅为1.47%。"
    facts = {f.text: f for f in extract_text(text).facts}
    assert facts["8.06元"].indicator.startswith("万科A"), facts["8.06元"].indicator


def test_a_name_taken_out_between_two_de_leaves_one() -> None:
    # 调高后的五粮液的出厂价 without the company (the subject) is 调高后的出厂价, not 调高后的的出厂价
    facts = {f.text: f for f in extract_text("茅台的出厂价为619元，与调高后的五粮液的出厂价仅差100元左右。").facts}
    assert facts["100元左右"].subject == "五粮液"
    assert "的的" not in facts["100元左右"].indicator and "出厂价" in facts["100元左右"].indicator


def test_a_word_inside_another_cuts_no_phrase_and_sets_no_modality() -> None:
    # 项目标杆电价 holds 目标 across two words (项目 + 标杆): no aim, no cut (phrase_ends.tsv and
    # modality_words.tsv, 目标 not after 项)
    [fact] = extract_text("光伏发电项目标杆电价为1.15元/度。").facts
    assert (fact.indicator, fact.modality) == ("光伏发电项目标杆电价", "actual")


def test_a_count_of_what_passes_a_threshold_keeps_the_threshold() -> None:
    # 日照时数超过2000小时的县高达94个: the counties counted are those past the threshold, measure and all
    text = "日照时数超过2000小时的县高达94个。全市营业收入超过1亿元的企业达到120家。"
    facts = {f.text: f.indicator for f in extract_text(text).facts}
    assert facts["高达94个"] == "日照时数超过2000小时的县"
    assert facts["120家"] == "营业收入超过1亿元的企业"


def test_a_market_traded_with_stays_in_what_is_measured() -> None:
    # (出口中国香港0.91亿元: 中国香港 is no subject, the market the exports went to; it is part of the measure,
    # as 出口美国 is)
    report = "娄底市2025年国民经济和社会发展统计公报\n全市进出口总额100亿元。出口中国香港0.91亿元，下降1.5%。"
    got = {f.text: f.indicator for f in extract_text(report).facts}
    assert got["0.91亿元"] == "出口中国香港"

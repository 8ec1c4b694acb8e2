"""Period (extract/attribute/period.py), case by case: a small document, a number in it, the
period FACTS.md gives that number. The shapes come from real releases and reports."""

from __future__ import annotations

from datetime import date

import pytest

from extract.attribute.period import MentionKind, document_year, time_mentions
from extract.pipeline import extract_text

_KIZILSU = (
    "克州2025年经济运行情况分析\n发布日期\n2026-02-28 16:46\n一、全州经济运行情况\n"
    "初步核算，2025年，全州实现地区生产总值272.24亿元，同比增长6.0%。\n从县市看，乌恰县地区生产总值62.70亿元，同比增长10.9%，占全州GDP的比重为23.0%。"
)

# A release comparing with last year's same months and whole year (低于去年同期…和去年全年…的增速)
_TECH_INVESTMENT = ("发布时间：2011年4月20日\n1至3月份，全省工业技改投资增长9.2%，"
                    "低于去年同期27.7%和去年全年19.1%的增速；占全部投资的比重，分别比去年同期降低3.1和4.8个百分点。")
# A move from an earlier time (由2008年以前的…提高到了…) in a sentence opening with its own year
_WHEAT_YIELD = ("发布时间：2011年4月2日\n2010年，全县示范园的小麦亩产量由2008年以前的400公斤提高到了520公斤，"
                "亩增产120公斤，农民人均纯收入达到6800多元。")
# A work report whose review section is headed with no time and opens with the year it reviews
_REVIEW_REPORT = ("2026年某省政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n时间：2026-02-06\n"
                  "一、一年接着一年干，各项事业取得新进展\n2025年是“十四五”收官之年。一年来，我们扎实推进各项工作。\n"
                  "（三）着力实施扩大内需战略，发展内生动力有效激发\n投资保持稳定。省重点项目完成投资7398亿元，工业投资增长6.1%。\n"
                  "二、今年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n新建改造高标准农田70万亩。")

# A work report's excerpt whose targets follow the review under its heading, the next heading cut away
_REVIEW_THEN_TARGETS = ("某市政府工作报告——2010年1月26日在某市第十三届人民代表大会第三次会议上\n发文时间：2010-01-26\n"
                        "一、2009年工作回顾\n（一）经济形势回升向好。全年生产总值完成1737.6亿元，比上年增长11%。\n"
                        "经济社会发展的主要预期目标是：生产总值增长10%；城镇登记失业率控制在4.5%以内。")

# A ranking story: a count as of a day, then the ranks (广东以…居首)
_RANKING = ("27省份一季度GDP出炉 广东、江苏超3万亿元\n发布时间：2024-04-28\n"
            "截至4月27日，已有27个省份公布一季度GDP数据。其中，广东以31174亿元居首，江苏以30917亿元紧随其后，山东GDP为22267亿元。"
            "从增速看，西藏以7.5%领跑，黑龙江增长6.8%。")

CASES = [
    # a year and its quarter written with a space before the Latin Q (2023 年 Q4) are one time
    ("车企财报\n2024 年，公司将推出新品牌。\n2023 年 Q4，公司总共交付 50045 辆汽车。", "50045 辆", "2023-10/2023-12"),
    # a bare day (12日, 到25日) after a dated fact of its paragraph is that day of the fact's month
    ("广东汽油批发价\n发布时间：2011-06-03\n1月11日，中石化93号汽油批发价为8250元/吨。12日中石化上涨20元/吨，中石油不变;"
     "13日，中石化继续涨30元/吨。", "20元/吨", "2011-01-12"),
    ("广东汽油批发价\n发布时间：2011-06-03\n1月11日，中石化93号汽油批发价为8250元/吨。12日中石化上涨20元/吨，中石油不变;"
     "13日，中石化继续涨30元/吨。", "30元/吨", "2011-01-13"),
    # a year a stretch runs from up to the text's time (自2008年以来, 从2008年到现在, 2022年至今) gives the years
    # from it to the document's
    ("一嗨租车融资\n发布时间：2011-09-20\n从2008年到现在，一嗨租车已经进行了三轮融资，共筹集9500万美元。", "9500万美元",
     "2008/2011"),
    ("铁道部债务\n发布时间：2011-05-20\n自2008年以来，铁道部已经发行债务融资工具共计5550亿元。", "5550亿元",
     "2008/2011"),
    # (and of the document's own year, that year; 以来的 is a trend described, 以来新低 a record: no stretch)
    ("两融余额\n发布时间：2021-10-21\n2021年以来，两融余额超1.9万亿元后又回落。", "超1.9万亿元", "2021"),
    # a year's 同期 as the time of a figure after the months its sentence names is those months in that year
    ("小米集团业绩创新高\n小米集团:2021年第二季度营收877.9亿元,去年同期535.38亿元,同比增长64%。", "535.38亿元",
     "2020-04/2020-06"),
    # (the months its sentence names go before those of the text around: here the half year's)
    ("小米集团半年报\n发布时间：2021-08-20\n上半年，小米集团营收增长50%。\n2021年第二季度营收877.9亿元,"
     "去年同期535.38亿元。", "535.38亿元", "2020-04/2020-06"),
    # (a change after it, in a clause of its own, is of the sentence's own months: 同比 compares with 去年同期)
    ("小米集团业绩创新高\n小米集团:2021年第二季度营收877.9亿元,去年同期535.38亿元,同比增长64%。", "64%",
     "2021-04/2021-06"),
    # a bare month after a month of a stated year in the same sentence is of that year, not of the document's
    ("外汇局额度\n2021年6月1日批复的QDII额度103亿美元已经完成分配。2020年11月底，外汇局发放42.96亿美元额度，"
     "11月初则发放了50.6亿美元额度。", "50.6亿美元", "2020-11"),
    # (but a year named only as a comparison's base sets no year for the months after it)
    ("外汇局额度\n发布时间：2021-06-03\n全省出口额比2020年增长5%，3月份增长6%。", "6%", "2021-03"),
    # a quarter written Q1–Q4 on its own (Q1净利…, Q2单季) is that quarter of the document's year
    ("德业股份2022年半年报\n发布时间：2022-08-17\n上半年净利润4.5亿元。Q1净利1.32亿元，据此计算，Q2净利3.18亿元。",
     "1.32亿元", "2022-01/2022-03"),
    ("德业股份2022年半年报\n发布时间：2022-08-17\n上半年净利润4.5亿元。Q1净利1.32亿元，据此计算，Q2净利3.18亿元。",
     "3.18亿元", "2022-04/2022-06"),
    # a paragraph opening with one part of a year that goes on to another (一季度…，二季度…) compares them:
    # no lead for the paragraphs after it, which keep the months the text reports
    ("德业股份2022年半年报\n发布时间：2022-08-17\n上半年净利润4.5亿元，同比增长100%。\n一季度净利1.32亿元，据此计算，"
     "二季度净利3.18亿元，环比增长141%。\n报告期内，逆变器业务实现营业收入11.49亿元。", "11.49亿元", "2022-01/2022-06"),
    # a year named the year after the latest dated one is the text's own (自2021年4月上市迄今… against
    # 2022年度业绩预测): its 上半年 is of that year
    ("德业股份半年报净利翻倍\n财联社8月17日讯 德业股份盘后发布半年报，上半年实现营业收入23.73亿元。自2021年4月上市"
     "迄今，股价累计最大涨幅达1358%。17家机构对德业股份的2022年度业绩作出预测。", "23.73亿元", "2022-01/2022-06"),
    # a work report given in the first year of a five-year plan reviews the plan just ended: its review's
    # figures, where no heading or sentence dates them, are of those five years (a report of 2026: 2021/2025)
    ("2026年某省政府工作报告\n——2026年2月3日在某省第十四届人民代表大会第五次会议上\n来源：某日报\n时间：2026-02-09\n"
     "（一）经济实力显著增强。地区生产总值达14.2万亿元、年均增长5.7%。\n今年主要预期目标是：地区生产总值增长5%左右。",
     "14.2万亿元", "2021/2025"),
    # (a report of another year leaves such figures undated)
    ("2025年某省政府工作报告\n——2025年2月3日在某省第十四届人民代表大会第四次会议上\n来源：某日报\n时间：2025-02-09\n"
     "（一）经济实力显著增强。地区生产总值达14.2万亿元、年均增长5.7%。\n今年主要预期目标是：地区生产总值增长5%左右。",
     "5.7%", None),
    # a year a paragraph names as its topic, in a text reporting months of that year (上半年 in its title), is
    # those months for the figures after it
    ("家电市场上半年增速减缓\n发布时间：2011-08-08\n2011年家电市场开局平淡，第二季度持续发酵。细分来看，黑电、"
     "白电市场同比增速分别为1.6%、14.8%，相比于去年同期均有放缓。", "14.8%", "2011-01/2011-06"),
    # a short line naming a time and a review (站在新起点：2012年工作回顾, “十四五”时期工作回顾) heads a work
    # report's review of that time: the figures under it, 全年 among them, are of it
    ("政府工作报告\n——2013年3月8日在阜平县第十六届人民代表大会第二次会议上\n各位代表：\n站在新起点：2012年工作回顾\n"
     "2012年注定是不平凡的一年。\n全县生产总值完成27.6亿元，同比增长7.5%。全年接待游客39.5万人次。",
     "27.6亿元", "2012"),
    ("政府工作报告\n——2013年3月8日在阜平县第十六届人民代表大会第二次会议上\n各位代表：\n站在新起点：2012年工作回顾\n"
     "2012年注定是不平凡的一年。\n全县生产总值完成27.6亿元，同比增长7.5%。全年接待游客39.5万人次。",
     "39.5万人次", "2012"),
    # 全年 in a work report's review whose section opens with the year it reviews is that year, not the report's
    ("2026年某省政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第五次会议上\n来源：某省日报\n"
     "时间：2026-02-01\n一、工作回顾\n2025年是“十四五”收官之年。一年来，我们推动经济稳中向好。\n"
     "着力扩大内需，拉动消费285.6亿元。文旅消费大幅增长，全年接待游客人次增长20.7%。", "20.7%", "2025"),
    # a sentence opening with 同期， is of the time the sentences just before it report (its own base year aside)
    ("《新闻联播》 (20230113)\n海关统计显示，2022年我国外贸进出口总值42.07万亿元，比2021年增长7.7%。\n"
     "同期，我国与东盟进出口合计6.52万亿元，比2021年增长15%。", "6.52万亿元", "2022"),
    # traditional characters: 較, 與 before a time make it the base of a comparison, as 较, 与 do
    ("零售業銷貨統計\n2020-04-02\n2月零售業總銷貨價值為233億元，較去年同月下跌44%。", "44%", "2020-02"),
    # a year opening a short name in quotation marks (an award, a list: “2023年全省质量标杆”) is part of the
    # name, not a time that ends the review's: the figures after it are still the year reviewed
    ("某县2024年政府工作报告\n2023年工作回顾\n一、稳增长\n新增规上工业企业12家。某集团获评“2023年全省质量标杆”企业。"
     "粮食总产达到13.68亿斤。", "13.68亿斤", "2023"),
    ("2026年甘肃省政府工作报告\n时间：2026-02-10\n“十四五”时期工作回顾\n“十四五”时期是甘肃发展极不寻常的五年。\n"
     "全省地区生产总值年均增长5.8%，粮食产量连续稳定在1200万吨以上。", "5.8%", "2021/2025"),
    # the end of a five-year plan (“十二五”末, 十四五期末, 末期) is its last year; the plan alone its five
    ("“十二五”末，我国煤层气产量将达200-240亿立方米。", "200-240亿立方米", "2015"),
    ("到“十四五”期末，全省新能源装机将达到5000万千瓦。", "5000万千瓦", "2025"),
    ("到十三五末期，全市建成5G基站1.2万个。", "1.2万个", "2020"),
    ("“十四五”期间，全省新能源装机新增3000万千瓦。", "3000万千瓦", "2021/2025"),
    # a move across a stretch of years the sentence opens with: its first value is of the first year, its
    # last of the last year, the change itself of the stretch
    ("2012年至2021年，我国快递年业务量从57亿件增长至1083亿件，增加了18倍。", "57亿件", "2012"),
    ("2012年至2021年，我国快递年业务量从57亿件增长至1083亿件，增加了18倍。", "1083亿件", "2021"),
    ("2012年至2021年，我国快递年业务量从57亿件增长至1083亿件，增加了18倍。", "18倍", "2012/2021"),
    # a line cut after a comma goes on in the next line: its figures are of the sentence's time
    ("2024年，全省地区生产总值达到1.2万亿元，\n同比增长5.2%。", "5.2%", "2024"),
    # a time before 以来的 starts a trend the sentence describes (延续去年以来的发展趋势), not the figure's time
    ("发布时间：2011年8月31日\n上半年，海口市医药行业继续延续去年以来的发展趋势，累计完成产值26.07亿元。", "26.07亿元",
     "2011-01/2011-06"),
    ("发布时间：2011年5月12日\n电力行业本月景气指数仅为95.0，扭转了2010年上半年以来的下跌趋势，比2月上升了0.5个百分点。",
     "0.5个百分点", None),
    # 全年 right before a number after a quarter named earlier in the sentence: that whole year (not a share
    # of the year's aim: 完成全年目标任务的95% stays in the months reported)
    ("发布时间：2024年8月22日\n第二季度交付新车达27307辆，全年10万辆交付目标预计提前完成。", "10万辆", "2024"),
    ("发布时间：2024年4月18日\n一季度全市生产总值增长5.2%，全年预计增长6%左右。", "6%左右", "2024"),
    ("发布时间：2021年10月18日\n前三季度，城镇新增就业1045万人，完成全年目标任务的95%。", "95%", "2021-01/2021-09"),
    # a month range written with 月 on both ends, and with 份 after it
    ("发布时间：2025年10月20日\n1月至9月，全省接待游客3.2亿人次。", "3.2亿人次", "2025-01/2025-09"),
    ("2024年12月16日\n1—11月份规模以上工业增加值同比增长5.8%。", "5.8%", "2024-01/2024-11"),
    ("发布时间：2025年7月15日\n1-6月，全市社会消费品零售总额1520亿元。", "1520亿元", "2025-01/2025-06"),
    # a time after who said it (…发言人介绍，8月份，…) opens the sentence and governs its paragraph
    ("1-8月全国消费市场持续恢复\n发布时间：2021年9月18日\n价格方面，商务部新闻发言人介绍，8月份，消费价格总体平稳。"
     "全国居民消费价格同比上涨0.8%，环比上涨0.1%。", "0.8%", "2021-08"),
    ("1-8月全国消费市场持续恢复\n发布时间：2021年9月18日\n据统计局有关负责人表示，8月份，消费价格总体平稳。"
     "全国居民消费价格同比上涨0.8%，环比上涨0.1%。", "0.1%", "2021-08"),
    # a figure compared with the start of the year (较年初, 比上年末) is a stock at the end of the months
    # it is reported for
    ("中国南车500亿动车订单未完工\n发布时间：2011-08-09\n而今年上半年，南车的应收账款净额为266.26亿元，较年初增长138.17%。",
     "266.26亿元", "2011-06"),
    ("中国南车500亿动车订单未完工\n发布时间：2011-08-09\n而今年上半年，南车的应收账款净额为266.26亿元，较年初增长138.17%。",
     "138.17%", "2011-06"),
    ("中国南车500亿动车订单未完工\n发布时间：2011-08-09\n上半年，公司实现营业收入401.27亿元，同比增长42.39%。",
     "401.27亿元", "2011-01/2011-06"),
    # …and so is one written with thousands' commas, whose comma ends no clause (1,234.56亿元，比上年末增加…)
    ("2023年一季度经营情况\n一季度，本行资产总额 12,345.67亿元，比上年末增加 456.78 亿元。",
     "12,345.67亿元", "2023-03"),
    # a paragraph opening at the end of the report's period (报告期末，…) reports stocks at that end in each of its
    # sentences, not only in the first
    ("某银行股份有限公司\n2023年第一季度报告\n报告期末，本行总资产1,000.50亿元，比上年末增加20.10亿元。客户贷款总额"
     "600.30亿元，增加30.20亿元，增长5.30%。", "600.30亿元", "2023-03"),
    # a text comparing with 2019 beside a two-year average is of 2021, also where the months stand between
    # (比2019年1—10月份增长14.0%，两年平均增长6.8%)
    ("1-10月份全国房地产开发投资增长7.2%\n1—10月份，全国房地产开发投资124934亿元，同比增长7.2%；比2019年1—10月份"
     "增长14.0%，两年平均增长6.8%。", "124934亿元", "2021-01/2021-10"),
    # a year's whole (2021年全年) states the year of the months the sentence goes on to (1月至12月), as a year with a
    # month does
    ("PMI连续两个月回升\n从2021年全年来看，1月至12月制造业PMI均值为50.5%，高于2019年全年水平。2022年经济开局良好。",
     "50.5%", "2021-01/2021-12"),
    # 上年 naming a budget's item (上年结转, 上年结余: what came over into the year) is no period of the sum
    ("黑龙江省人民政府关于2022年财政决算的报告\n全省一般公共预算收入，加上中央转移支付补助、上年结转等6179.3亿元，"
     "收入总计7470亿元。", "6179.3亿元", "2022"),
    # a holiday the text has named (中秋国庆假期) is what a bare 假期 after it refers to, in later paragraphs too;
    # not 寒假期间, another holiday, nor with no holiday named before
    ("《新闻联播》 (20231007)\n假期消费市场火热\n中秋国庆假期，城乡市场人气旺盛。\n今年假期，全国铁路日均发送旅客"
     "1763.6万人次。", "1763.6万人次", "2023-09-29/2023-10-06"),
    ("《新闻联播》 (20231007)\n假期消费市场火热\n中秋国庆假期，城乡市场人气旺盛。\n假期里，住宿行业日均交易金额同比"
     "增长约44%。", "约44%", "2023-09-29/2023-10-06"),
    ("《新闻联播》 (20231007)\n假期消费市场火热\n中秋国庆假期，城乡市场人气旺盛。\n寒假期间，全市接待游客"
     "120万人次。", "120万人次", None),
    ("旅游市场\n发布时间：2023-10-07\n今年假期，全市接待游客120万人次。", "120万人次", "2023"),
    # a value a move starts from at a point (从一季度末的6.95%, 由2017年底的5.89亿平方米) is of that point; the
    # value it moves to is a stock at the end of the months the text reports, not at the start's point
    ("基金二季报\n发布时间：2011-07-20\n二季度，基金仓位有所上升。数据显示，食品、饮料所占基金净值比例已经从一季度末的"
     "6.95%提升至7.69%。", "6.95%", "2011-03"),
    ("基金二季报\n发布时间：2011-07-20\n二季度，基金仓位有所上升。数据显示，食品、饮料所占基金净值比例已经从一季度末的"
     "6.95%提升至7.69%。", "7.69%", "2011-06"),
    ("煤炭市场\n发布时间：2018-12-20\n1-11月，全国房地产开发投资增长9.7%。商品房待售面积继续下降，由2017年底的"
     "5.89亿平方米下降至5.26亿平方米。", "5.26亿平方米", "2018-11"),
    # an item of a balance sheet (总资产, 负债率, 内涵价值权益, 短期借款) reported for some months is a stock
    # at their end; what the months earned stays theirs
    ("某某证券发布半年报\n发布时间：2022-08-20\n上半年，公司实现营业收入62.1亿元；总资产达到2100亿元，同比增长12%。",
     "2100亿元", "2022-06"),
    ("某某证券发布半年报\n发布时间：2022-08-20\n上半年，公司实现营业收入62.1亿元；总资产达到2100亿元，同比增长12%。",
     "12%", "2022-06"),
    ("某某证券发布半年报\n发布时间：2022-08-20\n上半年，公司实现营业收入62.1亿元；总资产达到2100亿元，同比增长12%。",
     "62.1亿元", "2022-01/2022-06"),
    ("铁路企业一季度运营\n发布时间：2011-04-20\n一季度，铁路企业完成运输收入1200亿元，资产负债率为58.2%。",
     "58.2%", "2011-03"),
    ("寿险公司中期业绩\n发布时间：2021-08-27\n今年上半年，公司新业务价值增长22%，内涵价值权益为701亿美元。",
     "701亿美元", "2021-06"),
    ("南车发布中期报告\n发布时间：2011-08-09\n上半年，公司短期借款为147.57亿元。", "147.57亿元", "2011-06"),
    # a month opening a sentence with no comma (8月份人民币贷款增加…) governs the breakdown after it in its paragraph,
    # before the section heading's months (二、前八个月人民币贷款增加…)
    ("某月金融统计数据报告\n发布时间：2023-09-11\n二、前八个月人民币贷款增加17.44万亿元\n前八个月人民币贷款增加17.44万亿元。"
     "8月份人民币贷款增加1.36万亿元。分部门看，住户贷款增加3922亿元。", "3922亿元", "2023-08"),
    # 年末 after a year its sentence names before it (据2024年人口抽样调查，年末…) is that year's end, as 2024年末 is
    ("某市统计公报\n据2024年人口变动抽样调查推算，年末全市常住人口203.5万人，比上年末减少0.8万人。", "203.5万人",
     "2024-12"),
    ("某县财政决算\n2019年，全县社会保险基金当年收支结余5120万元，年末滚存结余38760万元。", "38760万元", "2019-12"),
    # (a flow in the same sentence before 年末 keeps the year)
    ("某县财政决算\n2019年，全县社会保险基金当年收支结余5120万元，年末滚存结余38760万元。", "5120万元", "2019"),
    # a year-end (年末) carried from the sentence before governs the stocks after it, not what was done over
    # the year (新增, 建成, 开展…: period_cues.tsv flow_verb)
    ("某市2025年国民经济和社会发展统计公报\n十、文化和旅游\n年末共有公共图书馆9个。开展文化惠民活动3014场；建成小剧场"
     "37个。拥有旅行社142家。", "3014场", "2025"),
    ("某市2025年国民经济和社会发展统计公报\n十、文化和旅游\n年末共有公共图书馆9个。开展文化惠民活动3014场；建成小剧场"
     "37个。拥有旅行社142家。", "37个", "2025"),
    ("某市2025年国民经济和社会发展统计公报\n十、文化和旅游\n年末共有公共图书馆9个。开展文化惠民活动3014场；建成小剧场"
     "37个。拥有旅行社142家。", "142家", "2025-12"),
    # years listed before 分别 give the numbers after it theirs also past a bracket (EPS(每股收益)分别为), and a second
    # list of as many numbers in the same sentence (对应的PE分别为…) takes them too
    ("好想你半年报点评\n发布时间：2011-07-27\n我们预计好想你2011-2013年完全摊薄后的EPS(每股收益)分别为1.42元、2.00元、2.70元，"
     "对应的PE(市盈率)分别为36.13倍、25.57倍、18.96倍。", "2.00元", "2012"),
    ("好想你半年报点评\n发布时间：2011-07-27\n我们预计好想你2011-2013年EPS分别为1.42元、2.00元、2.70元，"
     "对应的PE分别为36.13倍、25.57倍、18.96倍。", "25.57倍", "2012"),
    # a work report's excerpt that states no targets, opening with a review of the years up to it (五年来, 一年来):
    # what follows with no time of its own is of those years, not the report's
    ("2026年某省政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n各位代表！2025年是“十四五”收官之年。"
     "五年来，我们牢记嘱托，现代化强省建设实现良好开局。\n——经济综合实力实现新跃升。全省地区生产总值年均增长5.9%。",
     "5.9%", "2021/2025"),
    ("2010年某市政府工作报告\n——2010年1月26日在某市第十三届人民代表大会第三次会议上\n各位代表：一年来，我们攻坚克难，"
     "经济社会发展取得新成绩。\n（一）经济运行回升向好。全市生产总值完成1737.6亿元。", "1737.6亿元", "2009"),
    # a dash that sets off a report's paragraph (——这五年…) is not text before its opening time
    ("2026年某自治区政府工作报告\n——2026年2月4日在某自治区第十四届人民代表大会第五次会议上\n——这五年服务国家大局能力不断增强。"
     "年均煤炭产量保持在12亿吨以上，电力总装机规模3.1亿千瓦。", "3.1亿千瓦", "2021/2025"),
    # a bank's totals and ratios of its balance sheet reported for a quarter are stocks at its end
    # (measure_heads.tsv, balance: 资产总额, 负债总额, 贷款率, 充足率)
    ("某银行2023年第一季度报告\n发布时间：2023-04-28\n一季度，本行资产总额7.6万亿元，负债总额6.9万亿元，"
     "不良贷款率1.38%，资本充足率13.2%。", "6.9万亿元", "2023-03"),
    ("某银行2023年第一季度报告\n发布时间：2023-04-28\n一季度，本行资产总额7.6万亿元，负债总额6.9万亿元，"
     "不良贷款率1.38%，资本充足率13.2%。", "1.38%", "2023-03"),
    # 半年末 is the half-year's end (the first half's: a stock at June's end)
    ("万科发布2011年中期报告\n发布时间：2011-08-09\n半年末万科的已售未结资源规模刷新纪录，达到1022万平方米，对应合同金额合计约1187亿元。",
     "1022万平方米", "2011-06"),
    # a year named as the base (在2020年的基础上翻一番) is not the period: the target's year is
    ("可再生能源发展\n到2025年，我国风电和太阳能发电量将在2020年的基础上翻一番，可再生能源电量将超过80%。",
     "超过80%", "2025"),
    # a number right after the time it is compared with is that time's (与去年接近33%的市场增速)
    ("租车市场火爆\n发布时间：2011-09-28\n今年前8个月，国内汽车销量为1198.36万辆，同比仅增长3.33%，与去年接近33%的市场增速相差甚远。",
     "接近33%", "2010"),
    # a stock at a point: the month, or the year's end
    ("发布时间：2025年4月20日\n3月末，全省金融机构人民币存款余额5.6万亿元。", "5.6万亿元", "2025-03"),
    ("发布时间：2025年2月28日\n2024年末，全市常住人口2183.2万人。", "2183.2万人", "2024-12"),
    ("河南省2024年国民经济和社会发展统计公报\n年末全省常住人口9785万人。", "9785万人", "2024-12"),
    ("河南省2024年国民经济和社会发展统计公报\n全年全省粮食总产量1343.9亿斤。", "1343.9亿斤", "2024"),
    # 年末 after a month's stock in the same paragraph is the year's end, not that month
    ("发布时间：2025年12月20日\n3月末，存款余额5.6万亿元。年末常住人口3850万人。", "3850万人", "2025-12"),
    # a review titled with its year (克州2025年经济运行情况分析), published the year after: its 12月末 and
    # its paragraphs with no time of their own are that year's
    (_KIZILSU + "\n12月末，全州金融机构各项存款余额318.04亿元，同比增长7.9%，"
     "其中住户存款增长较快，贷款投放保持稳定增长。",
     "318.04亿元", "2025-12"),
    (_KIZILSU, "62.70亿元", "2025"),
    # a story of spring about companies' annual reports (年报 with no year): their 全年 is the last year
    ("宝钢像航母分享行业景气\n发布时间：2011-05-09\n社保基金入场之后，市场情绪悄然转换。到年报发布，宝钢股份更是交出了一份"
     "靓丽的成绩单。全年实现营收2021.5亿，同比增长36.29%，利润总额大幅增长。", "2021.5亿", "2010"),
    # a flow (出栏) after December's stocks (12月末，…存栏…) is the year's
    ("克州2025年经济运行情况分析\n发布日期：2026-02-28\n据调查队反馈数据，12月末，牛羊猪存栏203.21万头（只），同比下降3.1%。"
     "牛羊猪出栏107.23万头（只），增长3.6%，其中，牛出栏10.85万头，增长6.9%；羊出栏94.99万只，增长2.9%。",
     "107.23万头", "2025"),
    # months of the document's year that end after the text was published are the year before's
    # (published in March: its 1～5月 and 上半年 cannot be this year's yet)
    ("广东省工业品内销大幅增长\n发布时间：2011-03-08\n1～5月，广东省规模以上工业品内销20074.69亿元，同比增长30.09%。",
     "20074.69亿元", "2010-01/2010-05"),
    ("发布时间：2025年2月10日\n上半年，全市社会消费品零售总额1520亿元，同比增长4.5%。", "1520亿元", "2024-01/2024-06"),
    # …but not the months up to the publication, nor a target for months still to come
    ("发布时间：2025年3月31日\n一季度，全市社会消费品零售总额520亿元，同比增长4.5%。", "520亿元", "2025-01/2025-03"),
    # a time after 低于/高于 is the base of a comparison: the figures after it keep the sentence's own
    # time; a base value right after it is that time's (去年同期: the same months, 去年全年: that year)
    # a target under a heading of the year reviewed is of the report's year, not that one
    (_REVIEW_THEN_TARGETS, "1737.6亿元", "2009"),
    (_REVIEW_THEN_TARGETS, "10%", "2010"),
    (_REVIEW_THEN_TARGETS, "4.5%以内", "2010"),
    # a date line in Chinese numerals, at the head or at the foot, dates the text and governs nothing
    ("一季度全市经济运行情况\n二〇一九年四月二十日\n一季度，全市地区生产总值1200亿元，增长6.2%。", "1200亿元",
     "2019-01/2019-03"),
    ("一季度全市经济运行情况\n一季度，全市地区生产总值1200亿元，增长6.2%。\n某市统计局\n二〇一九年四月二十日", "6.2%",
     "2019-01/2019-03"),
    # a year written digit by digit in Chinese numerals is a year whatever its digits (二〇二三, not only
    # the years written with 一, 二, 九 and a zero)
    ("二〇二三年，全市地区生产总值增长5.2%。", "5.2%", "2023"),
    ("一九八五年，全市粮食产量120万吨。", "120万吨", "1985"),
    ("二〇二五年前三季度，全省居民人均可支配收入增长5.1%。", "5.1%", "2025-01/2025-09"),
    # …also after the label of a date line (发布时间：二〇二四年四月二十日)
    ("一季度全市经济运行情况\n发布时间：二〇二四年四月二十日\n一季度，全市规模以上工业增加值同比增长5.2%。", "5.2%",
     "2024-01/2024-03"),
    # a newspaper's edition line (《人民日报》（2025年06月03日第 01 版）) is the day published: 目前 is its month
    ("广西扩大对外开放\n本报记者  张三《人民日报》（2025年06月03日第 01 版）\n像这样的冷链航线，广西目前已开通9条。",
     "9条", "2025-06"),
    # …as is a day at the end of a head line after an outlet, a source or an author (经济日报 2024-03-05,
    # 来源：新华网 2024年03月05日 10:21), and a source's bracket signing the text off
    ("全市粮食生产情况\n来源：新华网  2024-03-05\n目前，全市粮食库存120万吨。", "120万吨", "2024-03"),
    ("全市粮食生产情况\n中国经济网 2024年03月05日 10:21\n目前，全市粮食库存120万吨。", "120万吨", "2024-03"),
    ("全市粮食生产情况\n目前，全市粮食库存120万吨。\n（来源：某市统计局，2024年3月5日）", "120万吨", "2024-03"),
    # a holiday a story's lead names (8天的中秋国庆假期落下帷幕) is the story's period, as a part of a year is
    ("火爆的中秋国庆假期\n2023年10月08日\n8天的中秋国庆假期落下帷幕。在这个超级黄金周，居民出行热情高涨，8.26亿人次出游，"
     "旅游收入7534.3亿元，文化和旅游行业恢复势头强劲。", "7534.3亿元", "2023-09-29/2023-10-06"),
    # a time opening its sentence after a word that qualifies it (刚刚过去的2025年，…) governs its paragraph
    ("2026年某省政府工作报告\n时间：2026-02-09\n一、“十四五”时期工作回顾\n——经济运行稳中有进。地区生产总值年均增长5%。\n"
     "刚刚过去的2025年，我们扎实推进各项工作。新能源装机达到9048万千瓦，成交绿证4084万张。", "4084万张", "2025"),
    # a year compared with, then a two-year average (比2019年同期增长10.6%，两年平均增长5.2%): the text's year is
    # two years after it
    ("10月工业增速首现小幅回升\n记者 北京报道\n国家统计局11月15日公布的数据显示，10月份，规模以上工业增加值"
     "同比增长3.5%；比2019年同期增长10.6%，两年平均增长5.2%。", "3.5%", "2021-10"),
    # five years counted back (五年间, 五年来) in a paragraph that named a five-year plan's period are the
    # plan's years (“十四五”时期…。五年间，… in a text of 2025: 2021/2025, not 2020/2024)
    ("特高压输电网越织越密\n2025-11-22\n“十四五”时期，我国出台一系列政策举措，推动特高压输电技术发展。五年间，"
     "我国特高压工程总投资超过3800亿元。", "超过3800亿元", "2021/2025"),
    # an amount of four digits is no year of an event (中国联通营业收入1986亿元 names no 1986)
    ("三大运营商半年报出炉\n发布时间：2025年8月20日\n中国移动上半年营业收入5467亿元；中国联通营业收入1986亿元，"
     "同比增长2.9%。", "1986亿元", "2025-01/2025-06"),
    ("三大运营商半年报出炉\n中国移动上半年营业收入5467亿元；中国联通营业收入1986亿元，同比增长2.9%。", "1986亿元",
     None),
    # the day of an as-of count (截至4月27日，已有27个省份公布…) is not passed on to the breakdown after it
    (_RANKING, "31174亿元", "2024-01/2024-03"),
    (_RANKING, "27个", "2024-04-27"),
    # a sentence opening with a source, then its time (据…数据，2024年河南夏粮…) sets it for its paragraph
    ("夏粮再获丰收\n发布时间：2024-07-12\n据国家统计局河南调查总队数据，2024年河南夏粮总产量751.4亿斤，增长1.7%。"
     "其中小麦产量749.2亿斤。全省小麦播种面积8536.2万亩。", "8536.2万亩", "2024"),
    # …as does an estimate's or a citation's clause (初步核算，前三季度…; 海关统计显示，1—5月…), its time
    # then running on through the sentences of its paragraph
    ("国民经济运行稳中有进\n(2016年10月19日)\n国家统计局\n今年以来，国民经济运行总体平稳。\n初步核算，前三季度国内生产总值529971亿元，同比增长6.7%。"
     "分季度看，一季度同比增长6.7%，三季度增长6.7%。分产业看，第一产业增加值40666亿元，同比增长3.5%。", "40666亿元",
     "2016-01/2016-09"),
    ("外贸运行情况\n(2019年6月10日)\n某省统计局\n今年以来，全省外贸稳中有进。\n海关统计显示，1—5月全省进出口总值1200亿元，增长5%。"
     "出口总值800亿元，增长6%。", "800亿元", "2019-01/2019-05"),
    # a year right before the holiday or the months it opens with (今年国庆、中秋假期，…) opens with those
    ("国庆假期消费活跃\n发布时间：2025年10月9日\n假期里，各地文旅活动丰富，消费市场人气旺。\n"
     "同程数据显示，今年国庆、中秋假期，长线产品花费同比增长超过20%。美团数据显示，套餐预订热度同比增长超20%。",
     "超20%", "2025-10-01/2025-10-08"),
    # 报告期末 in a story about an annual report is the year's end (a stock), as in a half-year's
    ("招商银行2024年年报：净利润1483.91亿元\n3月25日晚间，招商银行发布2024年年度报告。截至报告期末，不良贷款率0.95%。",
     "0.95%", "2024-12"),
    (_TECH_INVESTMENT, "27.7%", "2010-01/2010-03"),
    (_TECH_INVESTMENT, "19.1%", "2010"),
    (_TECH_INVESTMENT, "4.8个百分点", "2011-01/2011-03"),
    # …but a difference in points right after that time is the gap, of the sentence's own time
    ("发布时间：2011年4月20日\n1至3月份，全省工业技改投资增长9.2%，增速低于去年同期2.6个百分点。", "2.6个百分点",
     "2011-01/2011-03"),
    ("2025年5月，全市工业增加值增速高于2024年5月2.5个百分点。", "2.5个百分点", "2025-05"),
    ("发布时间：2011年6月8日\n1～5月，内销占全部工业品销售比重提高到68.31%，比2009年同期的66.83%高1.48个百分点。",
     "66.83%", "2009-01/2009-05"),
    # the time a move starts from (由2008年以前的…提高到了…) is the first value's only: the value moved to
    # and the figures after it keep the time the sentence opened with
    (_WHEAT_YIELD, "520公斤", "2010"),
    (_WHEAT_YIELD, "6800多元", "2010"),
    # a work report's review section, headed with no time and opening with the year it reviews: its
    # figures with no time of their own are of that year (the plan section's are the report's year)
    (_REVIEW_REPORT,
     "7398亿元", "2025"),
    (_REVIEW_REPORT,
     "70万亩", "2026"),
    # 全年 under a heading spanning years (“十四五”时期工作回顾) is the span's last year, the one just
    # reviewed, not its first
    ("2026年某省政府工作报告\n时间：2026-02-09\n一、“十四五”时期工作回顾\n坚定有序推进转型发展。全年GDP增长4%，"
     "快于全国0.5个百分点。", "4%", "2025"),
    # …and a sentence opening with it (全年原煤产量…) sets that year for the rest of its paragraph
    ("2026年某省政府工作报告\n时间：2026-02-09\n一、“十四五”时期工作回顾\n推动能源转型。全年原煤产量13亿吨。"
     "出台20条举措，布局13个绿电产业园区。", "13个", "2025"),
    # a text dated by no line: the year an event or a list is named with (“2022中外知名企业四川行”) is its
    # year when it is later than every year the text names otherwise (对2021年度…项目实施财政奖补)
    ("四川外商直接投资到资20.27亿美元\n8月15日，记者从省经济合作局获悉，今年1-6月，四川省外商直接投资到资20.27亿美元。"
     "对2021年度跨国公司在川投资的重大项目实施财政奖补。同时，将办好“2022中外知名企业四川行”活动季。",
     "20.27亿美元", "2022-01/2022-06"),
    # a month written in Chinese numerals (十一月份, 截至十一月末) is that month
    ("发布时间：2024年12月16日\n一至十一月份，全省规模以上工业增加值同比增长6.1%，工业生产保持平稳较快增长态势。\n"
     "十一月份，全省社会消费品零售总额1520亿元，同比增长4.5%，消费市场继续恢复，升级类商品销售较快增长。",
     "1520亿元", "2024-11"),
    ("发布时间：2024年12月16日\n一至十一月份，全省规模以上工业增加值同比增长6.1%，工业生产保持平稳较快增长态势。\n"
     "截至十一月末，全省金融机构本外币存款余额9.5万亿元，同比增长7%，信贷投放保持平稳增长。", "9.5万亿元", "2024-11"),
    # a plan's end compared with (比“十三五”末增长70%) is the base, in its quotes too: the figures keep the
    # sentence's own year
    ("发布时间：2025年3月1日\n2024年全国跨区输送清洁能源电量约4200亿千瓦时，比“十三五”末增长70%，占比接近60%。",
     "70%", "2024"),
    ("发布时间：2025年3月1日\n2024年全国跨区输送清洁能源电量约4200亿千瓦时，比“十三五”末增长70%，占比接近60%。",
     "接近60%", "2024"),
    # a stretch of years with as many figures after 分别 as it has years: one figure a year, in order
    ("发布时间：2010年8月1日\n2007年-2009年，某集团资产负债率分别为42.43%、46.81%和53.06%。", "46.81%", "2008"),
    ("发布时间：2010年8月1日\n2007—2009年，某集团资产负债率分别为42.43%、46.81%和53.06%。", "53.06%", "2009"),
    ("发布时间：2010年8月1日\n2007—2009年，某集团资产负债率分别为42.43%和53.06%。", "53.06%", "2007/2009"),
    # …and so do months with as many figures, the same measure of each (3-5月用电增速…分别为…); not where
    # the clause lists measures (3-5月，工业、投资、消费分别增长…: all of the months)
    ("发布时间：2011年7月15日\n其中，3-5月用电增速呈放缓趋势，分别为13.4%、11.2%和10.8%，6月份反弹至13%。", "11.2%",
     "2011-04"),
    ("发布时间：2011年7月15日\n5-6月，全国分别有20个和14个省(区、市)采取了有序用电措施。", "14个", "2011-06"),
    ("发布时间：2011年7月15日\n3-5月，全省工业、投资、消费分别增长13.4%、11.2%和10.8%。", "11.2%", "2011-03/2011-05"),
    ("发布时间：2024年10月20日\n三季度，全省GDP和投资分别增长5.4%和5.2%。", "5.2%", "2024-07/2024-09"),
    # a quarter compared with the quarter before (环比2022年一季度) names no year the text comes after
    ("2022年中报分析\n2022年二季度，13个行业的净利润增速环比2022年一季度有所改善。二季度，5个行业净利润增速超过50%。",
     "超过50%", "2022-04/2022-06"),
    # a company's fiscal quarter, whose months the text does not give, is no period (not the quarter of
    # the calendar, nor the period of the item before)
    ("财经早餐\n发布时间：2024-08-22\n9、小米上半年营收1643亿元。\n10、ZOOM第二财季营收11.6亿美元，预期11.5亿美元。",
     "11.6亿美元", None),
    # a quarter written as analysts write it (2022Q1) is that quarter
    ("2022年中报分析\n二季度A股单季净利润增速为-0.8%（2022Q1单季净利润增速为3.6%）。", "3.6%", "2022-01/2022-03"),
    # …as is a year written without 年 before a part of it (2021全年, 2022上半年)
    ("2022年中报分析\n二季度A股单季净利润增速为-0.8%（2021全年累计净利润增速为19.1%）。", "19.1%", "2021"),
    ("2022年中报分析\n二季度A股单季净利润增速为-0.8%，2022上半年累计净利润增速为2.1%。", "2.1%", "2022-01/2022-06"),
    # quarters or months listed with one unit (一、二、三季度; 7、8、9月) give one to each figure of a 分别 list
    ("发布时间：2024年10月20日\n今年一、二、三季度，全省GDP分别增长5.4%、5.2%和4.8%。", "5.2%", "2024-04/2024-06"),
    ("发布时间：2024年10月20日\n7、8、9月，全省出口分别增长4%、5%和6%。", "6%", "2024-09"),
    ("发布时间：2024年10月20日\n一、二季度，全省出口分别增长4%和5%。", "5%", "2024-04/2024-06"),
    # a stretch of quarters (一至三季度, 二至四季度) is their months
    ("发布时间：2024年10月20日\n一至三季度，全省地区生产总值增长5.4%。", "5.4%", "2024-01/2024-09"),
    ("发布时间：2024年10月20日\n2023年二至四季度，全省地区生产总值增长5.4%。", "5.4%", "2023-04/2023-12"),
    # times listed after 较 are all bases of the comparison, not the figures' periods
    ("发布时间：2011年6月20日\n1-5月份，纺织业投资同比增长36.2%，但较1-2月、1-3月、1-4月分别下滑了4.3、2.2和0.5个百分点。",
     "0.5个百分点", "2011-01/2011-05"),
    # a stretch up to now the text does not bound (一年半来, 近年来, 多年来): no period, and not the
    # month of the event the paragraph before opened with
    ("节能产品推广工程成效明显\n2011年10月12日来源：本网\n为扩大消费，2009年6月，两部门组织实施了节能产品推广工程，"
     "以财政补贴方式推广高效节能空调、节能汽车、节能灯和高效电动机等产品，已形成四大类产品的推广体系。\n"
     "一年半来，中央财政共安排160多亿元，推广高效节能空调3400多万台。", "160多亿元", None),
    ("发布时间：2025年10月12日\n近年来，全省新能源汽车保有量年均增长30%以上，充电设施也随之快速增长。",
     "30%以上", None),
    # a lead dating an event, not reporting figures, sets no period for the story: the time after
    # several clauses (为…，…，2009年6月，…) opens nothing; one anywhere in a lead with no figure neither
    ("节能产品推广工程成效明显\n2011年10月12日来源：本网\n为扩大消费需求，提高能源效率，2009年6月，两部门组织实施了"
     "节能产品推广工程，以财政补贴方式推广高效节能空调、节能汽车和节能灯等产品。\n一、空调推广成效\n"
     "中央财政安排115.4亿元，支持推广高效节能空调，直接拉动消费，实现年节电，效果明显。", "115.4亿元", None),
    ("节能产品推广工程成效明显\n2011年10月12日来源：本网\n两部门2009年6月组织实施了节能产品推广工程，"
     "以财政补贴方式推广高效节能空调、节能汽车和节能灯等产品，形成了完整的推广体系。\n一、空调推广成效\n"
     "中央财政安排115.4亿元，支持推广高效节能空调，直接拉动消费，实现年节电，效果明显。", "115.4亿元", None),
    # a lead sets the story's period only when its time is set off (2020年，…); a sentence of the lead
    # with a time of its own (2020年规模以上…实现产值8.1亿元) dates that figure, not the sections after it
    ("特色农业\n柳河依托资源优势，大力发展特色农产品加工产业。2020年规模以上特色农业加工企业实现产值8.1亿元，成为我县第二大"
     "支柱产业。\n四、大榛子产业\n全县大榛子面积发展到35,522亩，主要集中在安口镇、向阳镇等乡镇。", "35,522亩", None),
    ("特色农业\n柳河依托资源优势，大力发展特色农产品加工产业。2020年规模以上特色农业加工企业实现产值8.1亿元，成为我县第二大"
     "支柱产业。\n四、大榛子产业\n全县大榛子面积发展到35,522亩，主要集中在安口镇、向阳镇等乡镇。", "8.1亿元", "2020"),
    ("特色农业\n柳河依托资源优势，大力发展特色农产品加工产业。2020年，规模以上特色农业加工企业实现产值8.1亿元，成为我县第二"
     "大支柱产业。\n全县大榛子面积发展到35,522亩，主要集中在安口镇、向阳镇等乡镇。", "35,522亩", "2020"),
    # years ahead (未来5年, 今后十年) are that many years from the document's own on
    ("水利投资规划\n发布时间：2011-02-16\n未来5年新疆规划投资1311亿元发展水利事业。", "1311亿元", "2011/2015"),
    ("水利投资规划\n发布时间：2011-02-16\n湖北省今后十年将投资1189亿元兴修水利。", "1189亿元", "2011/2020"),
    # a report's past five years (without 来), against the report's date
    ("政府工作报告\n——2026年1月15日在市第十六届人民代表大会第五次会议上\n过去五年，全市地区生产总值年均增长6.5%。",
     "6.5%", "2021/2025"),
    # a work report titled with its year speaks of that year as 今年, whatever past years it names
    ("2025年广州市政府工作报告\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长2%。\n"
     "2024年，全市地区生产总值达到3.1万亿元，增长2.1%，经济运行总体平稳，高质量发展取得新成效。", "5%左右", "2025"),
    # a year's quarter or half-year results report (2011年一季报) gives its months to the figures after it
    ("承德露露增长遇瓶颈\n发布时间：2011-05-05\n4月23日，承德露露公布了2011年一季报，营业收入8.04亿元，同比下降4.88%。",
     "8.04亿元", "2011-01/2011-03"),
    ("贵州茅台发布业绩\n发布时间：2024-08-10\n贵州茅台披露2024年半年度报告，实现营业总收入834.51亿元，同比增长17.76%。",
     "834.51亿元", "2024-01/2024-06"),
    # 当年, 该年, 同年 are the year named last before them in the paragraph, else the document's
    ("发布时间：2011-02-20\n2007年兆瓦级风电机组的装机容量占到当年新增市场的51%，比重逐年提高。", "51%", "2007"),
    ("发布时间：2011-05-05\n2010年，公司实现销售收入13.2亿元。而该年第四季度，公司实现销售收入3.94亿元，同比增长30%。",
     "3.94亿元", "2010-10/2010-12"),
    ("发布时间：2011-05-05\n当年新增就业岗位2.3万个，就业形势保持稳定。", "2.3万个", "2011"),
    # two times joined by 到 or 至 are one span, from the first to the last
    ("发布时间：2011-02-20\n统计显示，从2004年末到2008年末，中国风电能力增加了250%，发展速度很快。",
     "250%", "2004-12/2008-12"),
    ("发布时间：2023-03-01\n2020年至2022年，全市累计新增城镇就业12万人，就业形势总体稳定。", "12万人", "2020/2022"),
    ("发布时间：2011-03-01\n以江苏省为例，自2009年底至2010年10月，全省该类贷款的总规模为1.4亿元，规模仍然偏小。",
     "1.4亿元", "2009-12/2010-10"),
    # 今日, 今天: the day the text was published, before a period carried from the paragraph
    ("万科发布2011年中报\n发布时间：2011-08-09\n上半年，公司实现营业收入157.2亿元。\n万科A今日收于8.06元，下跌0.12元，降幅为1.47%。",
     "8.06元", "2011-08-09"),
    # a range of years
    ("发布时间：2019年3月1日\n2013-2018年同期广东规模以上工业增加值平均增速为7.35%。", "7.35%", "2013/2018"),
    # a day, days of a month, a stock as of a day (the last of the month too: the day written; 截至9月底 is the month)
    ("发布时间：2025年7月18日\n5月1日，线网客运量达到1274.3万人次。", "1274.3万人次", "2025-05-01"),
    ("发布时间：2025年10月8日\n10月1日至7日，全国铁路发送旅客1.5亿人次。", "1.5亿人次", "2025-10-01/2025-10-07"),
    ("发布时间：2021年4月27日\n截至4月26日，至少已有27个省份发布了数据。", "27个", "2021-04-26"),
    ("发布时间：2025年10月20日\n截至9月30日，全省存款余额5.6万亿元。", "5.6万亿元", "2025-09-30"),
    ("发布时间：2025年10月20日\n截至9月底，全省存款余额5.6万亿元。", "5.6万亿元", "2025-09"),
    ("发布时间：2021年9月5日\n上半年末，A股非金融上市公司累计负债49.27万亿元。", "49.27万亿元", "2021-06"),
    # 全年 after a half year named in the paragraph is that year
    ("发布时间：2025年7月15日\n上半年，全市地区生产总值增长5.1%。全年预计增长5%左右。", "5%左右", "2025"),
    # a story's lead that states the month it reports governs the story
    ("制造业经济向好\n发布时间：2019-05-25\n5月25日讯 今年4月，全省制造业采购经理指数为59.39%，"
     "比3月高出5.54个百分点，继续保持1月以来的上升趋势，表明全省制造业总体保持增长扩张态势。\n"
     "生产指数为66.88%，比上月提升5.27个百分点。", "66.88%", "2019-04"),
    # a report of a year published the next year: its months and 全年 are the report's year
    ("2024年金融统计数据报告\n中国人民银行 2025-01-14\n12月末，广义货币(M2)余额313.53万亿元，同比增长7.3%，"
     "狭义货币(M1)余额67.1万亿元，同比下降1.4%，全年净投放现金1.48万亿元。", "313.53万亿元", "2024-12"),
    # a breakdown (其中，…) is of the figure just before it, not of the period a lead set far above
    ("2026年5月金融统计数据报告\n2026-06-12 17:00:01\n一、存量\n初步统计，2026年5月末社会融资规模存量为458.81万亿元。\n"
     "二、增量\n初步统计，2026年前五个月社会融资规模增量累计为17.48万亿元。其中，人民币贷款增加9万亿元。", "9万亿元",
     "2026-01/2026-05"),
    # a broadcast's date written compactly in its head, (20250927), dates the text
    ("《新闻联播》 (20250927)\n粮食生产捷报频传\n今年以来，我国早稻单产首次突破800斤。", "突破800斤", "2025"),
    ("《新闻联播》 (20250927)\n粮食生产捷报频传\n今天，全国秋粮收获进度达到12%。", "12%", "2025-09-27"),
    # the day a company discloses its results report is not the period of the figures it reports
    ("发布时间：2015-08-24\n众信旅游（002707）8月21日晚间披露了半年报，报告期公司实现营业收入31.36亿元，同比增长87.58%。",
     "31.36亿元", "2015-01/2015-06"),
    ("发布时间：2015-04-02\n贵州茅台3月31日晚间发布年报，公司实现营业收入322.17亿元。", "322.17亿元", "2014"),
    ("发布时间：2015-08-24\n8月21日，公司实现营业收入31.36亿元。", "31.36亿元", "2015-08-21"),
    # a futures contract's month (10月合约) is what is traded, not when: the day of the sentence stays
    ("发布时间：2011-08-08\n8月5日，郑州棉花期货10月合约结算价22124元/吨，较上一周下跌347元/吨。", "22124元/吨",
     "2011-08-05"),
    # 全年 after a year's end (截至2022年末，全年新登记…) is that year
    ("截至2022年末，全年新登记经营主体3.5万户，其中私营企业1.2万户。", "3.5万户", "2022"),
    ("截至2022年末，全年新登记经营主体3.5万户，其中私营企业1.2万户。", "1.2万户", "2022"),
    ("截至2022年末，全市经营主体总量达42.1万户。", "42.1万户", "2022-12"),
    ("截至2022年底，全年新增装机达160万千瓦，累计装机容量达到418.2万千瓦。", "160万千瓦", "2022"),
    ("截至2022年底，全年新增装机达160万千瓦，累计装机容量达到418.2万千瓦。", "418.2万千瓦", "2022-12"),
    # a headline that opens with a year before the one it was published in reports that year: its
    # 全年 and 年末 are that year's (and a figure with no time of its own too); 去年 still counts from
    # the publication
    ("2023年某市常住人口突破500万\n2024-05-20 10:00:00\n来源：某市发布\n全年出生人口3.2万人。年末常住人口512万人。",
     "3.2万人", "2023"),
    ("2023年某市常住人口突破500万\n2024-05-20 10:00:00\n来源：某市发布\n全年出生人口3.2万人。年末常住人口512万人。",
     "512万人", "2023-12"),
    ("2023年某市常住人口突破500万\n2024-05-20 10:00:00\n来源：某市发布\n二氧化硫年均浓度8微克/立方米。",
     "8微克/立方米", "2023"),
    ("2023年某市常住人口突破500万\n2024-05-20 10:00:00\n来源：某市发布\n去年全市新增就业5.1万人。", "5.1万人", "2023"),
    ("2024年某市开局良好\n2024-05-20 10:00:00\n全年新增就业5.1万人。", "5.1万人", "2024"),
    # a date alone on a line of the head is when the document was issued, not the period of what follows
    ("2023年江西省国民经济和社会发展统计公报\n江西省统计局\n国家统计局江西调查总队\n2024年3月\n一、综合\n"
     "初步核算，全年全省地区生产总值32200.1亿元，比上年增长4.1%。其中，第一产业增加值2451.0亿元，增长4.0%。",
     "2451.0亿元", "2023"),
    # a year-end word sets the stocks' period (存栏, 总资产); a flow after it (出栏, 营收) is the year's
    ("2014年末，全市牛存栏91.4万头；生猪存栏180.5万头；生猪出栏241.2万头。", "180.5万头", "2014-12"),
    ("2014年末，全市牛存栏91.4万头；生猪存栏180.5万头；生猪出栏241.2万头。", "241.2万头", "2014"),
    ("2025年末，全市发电装机容量320万千瓦。全社会用电量95.2亿千瓦时，城乡居民生活用电5.82亿千瓦时。", "5.82亿千瓦时",
     "2025"),
    ("2025年末，全市共有普通高校3所，在校学生4.2万人，毕业1.1万人；财政支出增长5%，民生支出占比80%。", "1.1万人",
     "2025"),
    ("2019年末，全县有普通中学12所，招生0.8万人；在校学生2.6万人；毕业生0.7万人。", "0.8万人", "2019"),
    ("2019年末，全县有普通中学12所，招生0.8万人；在校学生2.6万人；毕业生0.7万人。", "2.6万人", "2019-12"),
    ("2019年末，全县有普通中学12所，招生0.8万人；在校学生2.6万人；毕业生0.7万人。", "0.7万人", "2019"),
    ("发布时间：2022年1月14日\n12月份全社会用电量8000亿千瓦时。", "8000亿千瓦时", "2021-12"),
    # the months of a fact before in the paragraph go on to a fact with no time of its own; a year
    # stated in passing does not (test_a_story_paragraph_opening_with_a_year_sets_no_period_for_the_next)
    ("发布时间：2021年12月27日\n国家统计局今天发布数据，工业企业效益持续改善，企业营业收入和利润保持较快增长，"
     "成本费用压力有所缓解，单位成本明显下降，产业链供应链运转总体顺畅。\n"
     "全国规模以上工业企业1—11月份实现利润总额79750亿元。采矿业实现利润总额9000亿元。", "9000亿元", "2021-01/2021-11"),
    # a year aimed at or foreseen does not date the document
    ("1—9月，全省地区生产总值增长5%，比2023年同期提高0.3个百分点。预计2030年，全省地区生产总值将达到5万亿元。", "5%",
     "2024-01/2024-09"),
    # a census's standard moment in the lead (2020年11月1日零时) gives its figures that year
    ("绵阳市第七次全国人口普查公报\n绵阳市统计局\n2021年6月8日\n"
     "根据第七次全国人口普查结果，现将2020年11月1日零时我市人口的基本情况公布如下：\n"
     "全市常住人口为4868243人，与2010年第六次全国人口普查的4613871人相比，十年共增加254372人。", "4868243人", "2020"),
    # a list of periods before 分别: each number its period
    ("发布时间：2025年10月20日\n分季度看，一季度、二季度、三季度国内生产总值同比分别增长5.4%、5.2%和4.8%。", "5.2%",
     "2025-04/2025-06"),
    # a move from one value to another in a sentence naming the year it compares with: the first
    # value is that year's, the second the time the sentence is about
    ("2010年与2005年相比，火电供电煤耗由370克标准煤/千瓦时降到333克标准煤/千瓦时。", "370克标准煤/千瓦时", "2005"),
    ("2010年与2005年相比，火电供电煤耗由370克标准煤/千瓦时降到333克标准煤/千瓦时。", "333克标准煤/千瓦时", "2010"),
    ("绵阳市人口普查公报\n绵阳市统计局\n2021年6月8日\n根据第七次全国人口普查结果，现将2020年11月1日零时我市人口的基本"
     "情况公布如下：\n与2010年相比，全市每10万人中拥有大学文化程度的由8,017人上升为12,764人。", "8,017人", "2010"),
    ("绵阳市人口普查公报\n绵阳市统计局\n2021年6月8日\n根据第七次全国人口普查结果，现将2020年11月1日零时我市人口的基本"
     "情况公布如下：\n与2010年相比，全市每10万人中拥有大学文化程度的由8,017人上升为12,764人。", "12,764人", "2020"),
    # a sentence opening with 截至 a time sets its paragraph's stocks at that time
    ("发布时间：2025年10月20日\n1—9月，全国全社会用电量累计77675亿千瓦时，同比增长4.6%，其中第一产业用电量1094亿千瓦时，"
     "第二产业用电量49999亿千瓦时。\n截至9月底，全国累计发电装机容量约37.2亿千瓦，同比增长17.5%。"
     "其中，太阳能发电装机容量约11.3亿千瓦，同比增长45.7%。", "约11.3亿千瓦", "2025-09"),
    # every plan period_words.tsv names is a plan (十一五 added as data)
    ("“十一五”期间，全国单位GDP能耗下降19.1%。", "19.1%", "2006/2010"),
    # a year's end after a relative year (去年年末) is that year's December
    ("发布时间：2021年5月10日\n截至去年年末，该行总资产达2.34万亿元，同比增长13.12%。", "2.34万亿元", "2020-12"),
    # a year after 截至 dates the document (到 and 至 alone mark a target's year)
    ("数据显示，截至2021年10月末，外汇储备规模为32176亿美元。\n10月份我国出口3002.2亿美元。", "3002.2亿美元",
     "2021-10"),
    # 第 before a quarter, and a quarter in Arabic digits
    ("2024年8月29日\n理想汽车第二季度收入总额317亿元。", "317亿元", "2024-04/2024-06"),
    ("发布时间：2022年8月20日\n截至2季度末，中国人寿的核心偿付能力充足率为169.05%。", "169.05%", "2022-06"),
    # a public holiday is its days off that year (holidays.tsv): the year named before it, else the document's
    ("发布时间：2021年5月6日\n今年“五一”假期，全国国内旅游出游2.3亿人次。", "2.3亿人次", "2021-05-01/2021-05-05"),
    ("发布时间：2022年4月6日\n清明小长假期间，本地酒店订单增长20%。", "20%", "2022-04-03/2022-04-05"),
    ("2023年春节期间，全市接待游客120万人次。", "120万人次", "2023-01-21/2023-01-27"),
    ("携程发布的2021“五一”出游报告显示，订单量增长约270%。", "约270%", "2021-05-01/2021-05-05"),
    ("发布时间：2021年5月6日\n今年，“00后”五一旅游预订量同比涨超570%。", "超570%", "2021-05-01/2021-05-05"),
    # a time before or after the holiday is not the holiday; 五一 in a name is no holiday
    ("发布时间：2021年2月20日\n春节前，全市发放消费券3000万元。", "3000万元", None),
    ("发布时间：2021年5月6日\n今年，五一路商圈新开门店30家。", "30家", "2021"),
    # two days joined as a range are one period
    ("发布时间：2022年3月30日\n出行日期从4月1日至4月6日的预订机票，平均支付价格为546元。", "546元",
     "2022-04-01/2022-04-06"),
    # a date standing in the head without 日, or with the weekday after it, is the document's
    # year, before any later year its text names
    ("粮食生产情况通报\n2019年09月27\n今年全省秋粮播种面积增长2%，预计2022年，播种面积达到3000万亩。", "2%", "2019"),
    ("市场早报2024年8月29日星期四\n上半年，公司营业收入317亿元，预计2026年，营业收入达到500亿元。", "317亿元",
     "2024-01/2024-06"),
    # the end of a range of days that names no year is in the year of its start
    ("发布时间：2022年4月1日\n2021年4月3日-4月5日，全国民航运输旅客180万人次。", "180万人次", "2021-04-03/2021-04-05"),
    # a time in brackets after 同期 is the base of the comparison, not the figure's period
    ("发布时间：2022年4月1日\n今年清明小长假（4月3日-4月5日）与去年同期（2021年4月3日-4月5日）相比，航线数量减少40%左右。",
     "40%左右", "2022-04-03/2022-04-05"),
    # a time followed by 以来 and a record (新低, 新高, 最高…) is what the figure is compared with
    ("发布时间：2024年9月13日\n债市走强，5年期国债报2.22%，为2005年2月底以来新低；10年期国债报2.067%，为2002年4月底以来新低。",
     "2.067%", None),
    # 二季末 is 二季度末
    ("发布时间：2021年8月30日\n截至二季末A股共有40家非金融上市公司资不抵债。", "40家", "2021-06"),
    ("发布时间：2021年8月30日\n2020年三季末，贷款余额增长12%。", "12%", "2020-09"),
    # the annual target a part of the year's figure is set against is the year's
    ("发布时间：2021年10月18日\n前三季度，居民消费价格同比上涨0.6%，低于3%左右的预期目标。", "3%左右", "2021"),
    ("发布时间：2021年10月18日\n前三季度GDP同比增长9.8%，高于6%以上的预期目标。", "9.8%", "2021-01/2021-09"),
    # in a move from one value to another, the time named with the first is the first's only
    ("发布时间：2011年7月25日\n二季度末，食品饮料占基金净值比例从一季度末的6.95%提升至7.69%。", "7.69%", "2011-06"),
    ("发布时间：2011年7月25日\n二季度末，食品饮料占基金净值比例从一季度末的6.95%提升至7.69%。", "6.95%", "2011-03"),
    ("发布时间：2024年9月13日\n今年前8个月，出口增长4.6%。增速创2023年5月以来最高，达到4.9%。", "4.9%",
     "2024-01/2024-08"),
    # a stretch since a time in a story's lead (三季度以来) is only its own figure's, not the story's period
    ("A股中报透视：盈利翻倍公司数量创新高\n发布时间：2021年9月2日\n证券机构联合发布《中报业绩增长榜》，从二级市场的股价表现来看，"
     "入选榜单的30家公司三季度以来股价平均上涨9.5%，大幅跑赢同期大盘。\n千亿营收公司数量增至47家。", "47家",
     "2021-01/2021-06"),
    # a morning market digest's market figures are of the last trading day before its date; its week
    # (本周) the days of that trading week; a figure that is no market move has no day
    ("市场早报2025年3月18日星期二\n03-18 06:30\n1、A股三大指数集体上涨，截至收盘，上证指数涨0.5%报3420.15点。",
     "3420.15点", "2025-03-17"),
    ("市场早报2025年3月17日星期一\n03-17 06:30\n1、两市成交额1.2万亿元，较上一交易日放量。", "1.2万亿元", "2025-03-14"),
    ("财经早餐2025年3月15日星期六\n03-15 06:30\n1、美元指数跌0.3%报103.72，本周累计跌0.8%。", "0.8%",
     "2025-03-10/2025-03-14"),
    ("市场早报2025年3月18日星期二\n03-18 06:30\n2、某科技公司拟以20亿元收购某芯片企业15%股权。", "20亿元", None),
    # a market story whose lead opens with a day and a market's move reports that session: its later moves
    # are that day's, in any paragraph; a figure that is no move has no day
    ("三大指数集体收跌\n2025-04-10 07:30\n4月9日，受外围市场波动影响，A股市场早盘小幅高开后震荡走低，三大指数集体收跌，"
     "科技板块领跌，资源板块逆势走强，市场情绪偏谨慎。\n"
     "个股方面，全市场下跌股票数为3120只，两市成交额为1.3万亿元。\n某公司拟募集资金20亿元投向新项目。",
     "3120只", "2025-04-09"),
    ("三大指数集体收跌\n2025-04-10 07:30\n4月9日，受外围市场波动影响，A股市场早盘小幅高开后震荡走低，三大指数集体收跌，"
     "科技板块领跌，资源板块逆势走强，市场情绪偏谨慎。\n"
     "个股方面，全市场下跌股票数为3120只，两市成交额为1.3万亿元。\n某公司拟募集资金20亿元投向新项目。", "20亿元", None),
    # a bulletin's transcript holds several stories, each opening a line with 央视网消息: a later story's lead
    # (国庆节假期7天，…) sets its own period, not the first story's (前三季度) nor its headline's
    ("《新闻联播》 (20241008)\n前三季度国民经济运行总体平稳\n央视网消息（新闻联播）：国家统计局今天公布，前三季度，"
     "国内生产总值949746亿元，同比增长4.8%。\n从需求看，社会消费品零售总额353564亿元。\n国庆假期文旅消费活跃\n"
     "央视网消息（新闻联播）：文化和旅游部今天发布数据，国庆节假期7天，全国国内旅游出游7.65亿人次。\n"
     "入境游持续升温，各地景区接待外国游客人数明显增加。\n全国重点景区接待游客1.5亿人次。", "1.5亿人次",
     "2024-10-01/2024-10-07"),
    ("《新闻联播》 (20241008)\n前三季度国民经济运行总体平稳\n央视网消息（新闻联播）：国家统计局今天公布，前三季度，"
     "国内生产总值949746亿元，同比增长4.8%。\n从需求看，社会消费品零售总额353564亿元。\n国庆假期文旅消费活跃\n"
     "央视网消息（新闻联播）：文化和旅游部今天发布数据，国庆节假期7天，全国国内旅游出游7.65亿人次。\n"
     "入境游持续升温，各地景区接待外国游客人数明显增加。\n全国重点景区接待游客1.5亿人次。", "353564亿元",
     "2024-01/2024-09"),
    # 目前 (at present) in a text with its publication date is the month it was published; 如今
    # (nowadays, against a past) and 目前 in a text with no date of publication give no period
    ("发布时间：2011-05-31\n抗旱形势依然严峻。目前，全县储备粮库存2000万公斤。", "2000万公斤", "2011-05"),
    ("发布时间：2012-08-15\n据介绍，截至目前，全市已建成污水处理厂12座。", "12座", "2012-08"),
    ("发布时间：2025年11月28日\n合作社成立之初只有20户。如今，合作社已吸纳126户茶农入社。", "126户", None),
    ("新华社南昌1月5日电\n目前，全省规模以上工业企业数量达到1.9万家。", "1.9万家", None),
    # a work report (or a story about one) plans its own year: a figure with no time of its own, in a
    # paragraph naming none, is of that year (not a figure after a year named in its paragraph: a
    # breakdown opening with 其中 is of the figure before it)
    ("某市如何实现经济增长5.5%\n记者 王某\n3月2日，某市人大会议开幕，市长代表市政府作政府工作报告，回顾去年工作，"
     "安排2023年重点工作任务。\n同时，着力提升市场主体质量，新增国家高新技术企业600家。", "600家", "2023"),
    ("某市如何实现经济增长5.5%\n记者 王某\n3月2日，某市人大会议开幕，市长代表市政府作政府工作报告，回顾去年工作，"
     "安排2023年重点工作任务。\n从2022年完成情况看，全年完成投资596.3亿元。其中，交通运输行业完成182.4亿元。",
     "182.4亿元", "2022"),
    # a paragraph opening with a view of the figures (具体来看，分部门看) and then a year is of that year, not
    # of the month-end the paragraph before ended with
    ("央行发布金融数据\n2021年12月末，M2余额238.29万亿元，同比增长9%。\n具体来看，2021年人民币贷款增加19.95万亿元。"
     "分部门看，住户贷款增加7.92万亿元。", "7.92万亿元", "2021"),
    # …also with no mark after 其中 (其中纳税最多的…)
    ("某市如何实现经济增长5.5%\n记者 王某\n3月2日，某市人大会议开幕，市长代表市政府作政府工作报告，回顾去年工作，"
     "安排2023年重点工作任务。\n从2022年完成情况看，全年完成投资596.3亿元。其中交通运输行业完成182.4亿元。",
     "182.4亿元", "2022"),
    # a story about a census's data (七普数据公布后…): its figures with no time of their own are of the
    # 在过去的20年中 as 过去20年: the years up to the document's, not the paragraph's months
    ("发布时间：2011年6月20日\n1-5月，纺织品出口增长20%。在过去的20年中，我国纺织服装出口增长4.86个百分点。",
     "4.86个百分点", "1991/2010"),
    # census's year, and the story is of the year after (过去10年: the ten years up to the census)
    ("中部省会人口大比拼\n七普数据公布后，各省会城市的人口排位引发热议。\n乙市常住人口达到1260万人，跻身全省第一。",
     "1260万人", "2020"),
    ("中部省会人口大比拼\n七普数据公布后，各省会城市的人口排位引发热议。\n过去10年，甲市常住人口增加397.4万人。",
     "397.4万人", "2011/2020"),
    ("中部省会人口大比拼\n七普数据公布后，各省会城市的人口排位引发热议。\n丙省次之，十年人口增量为152.67万。",
     "152.67万", "2011/2020"),
    # a time in a record (创今年新高, 创年内新低) is what the figure is compared with, not its period
    ("发布时间：2022年7月20日\n今年6月份，全市社会消费品零售总额同比增长13.0%，当月增速创今年新高；汽车类零售额增长36.2%。",
     "36.2%", "2022-06"),
    # 昨日/昨天 is the day the text itself says it is (昨日（9月22日）), else the day before its publication
    ("猪肉价格普遍下降\n发布时间：2011-09-26\n白条猪批发价格逐日走低，由11.6元/斤降至昨日（9月22日）的10.6元/斤。据监测，"
     "昨日全国出栏肉猪价格为19.22元/公斤，较前一日小幅下降。", "19.22元/公斤", "2011-09-22"),
    ("股市收盘\n发布时间：2024-03-05\n据统计，昨天全市二手房成交量为1200套，环比增长8%，市场活跃度有所回升。", "1200套",
     "2024-03-04"),
    # a day alone at the start of a line of the head (2011年09月26) is when the text was published
    ("猪肉供应增加促肉价普遍下降\n2011年09月26\n据中国生猪预警网监测，昨天全国出栏肉猪价格为19.22元/公斤，较前一日小幅下降，"
     "市场整体供应较为充足。", "19.22元/公斤", "2011-09-25"),
    # a weekday of last week (上周五) is that day, counted from the date the text was published
    ("某酒企股价创新高\n发布时间：2011-07-26\n上周五，某酒业以206.28元收盘，上涨1.40%。", "206.28元", "2011-07-22"),
    # 同期 (the same time) after another time is the sentence's own time, not that other one's
    ("发布时间：2022年7月28日\n上半年，甲市地区生产总值同比增长3%，增速高于今年一季度的2%，也高于全省同期的2.1%。",
     "2.1%", "2022-01/2022-06"),
    ("发布时间：2022年7月28日\n上半年，甲市地区生产总值同比增长3%，增速高于今年一季度的2%，也高于全省同期的2.1%。",
     "2%", "2022-01/2022-03"),
    # a move from last year's same months (从去年同期的第3名下滑至第13名): the second value is the sentence's time
    ("发布时间：2021年9月1日\n上半年，甲行业的净利润排名下滑明显，从去年同期的第3名下滑至第13名。", "第13名",
     "2021-01/2021-06"),
    # “十五” in quotes is the tenth five-year plan (十五 alone is a number); the last or first years of a plan
    ("“十一五”期间，能源消费弹性系数由“十五”时期的1.04下降到0.59。", "1.04", "2001/2005"),
    ("“十五”后三年全国单位GDP能耗上升了9.8%。", "9.8%", "2003/2005"),
    ("“十二五”前两年，全省单位GDP能耗下降了7.5%。", "7.5%", "2011/2012"),
    ("“十五五”期间，全市港口集装箱吞吐量增长20%。", "20%", "2026/2030"),
    # months across years (2009年2月至2010年5月) are one interval
    ("发布时间：2011年7月8日\n2009年2月至2010年5月共16个月的时间内，生猪出栏平均价格每公斤10.8元。", "每公斤10.8元",
     "2009-02/2010-05"),
    ("2023年11月—2024年3月，全省累计接待冰雪游客5000万人次。", "5000万人次", "2023-11/2024-03"),
    # 头两个月 is 前两个月
    ("发布时间：2024年3月21日\n今年头两个月，全省固定资产投资同比增长5.1%。", "5.1%", "2024-01/2024-02"),
    # two months joined by 、 are the months from the first to the second (FACTS.md: 7、8月); with 分别,
    # each number its month
    ("发布时间：2024年10月21日\n7、8月，全省出口增长5.1%。", "5.1%", "2024-07/2024-08"),
    ("发布时间：2024年3月21日\n今年1、2月份，全省规模以上工业增加值增长7.2%。", "7.2%", "2024-01/2024-02"),
    ("发布时间：2024年10月21日\n7、8月，全省出口分别增长4.6%和4.7%。", "4.6%", "2024-07"),
    ("发布时间：2024年10月21日\n7、8月，全省出口分别增长4.6%和4.7%。", "4.7%", "2024-08"),
    # a report's past year (一年来) is the year before the report's
    ("2025年某市政府工作报告\n——2025年1月16日在市第十七届人民代表大会第四次会议上\n一、2024年工作回顾\n"
     "一年来，全市经济运行稳中有进。全市地区生产总值增长5.2%。", "5.2%", "2024"),
    ("2025年某市政府工作报告\n——2025年1月16日在市第十七届人民代表大会第四次会议上\n"
     "一年来，全市地区生产总值增长5.2%。", "5.2%", "2024"),
    # a time a sentence opens with governs the rest of its paragraph, under a heading naming another period
    ("发布时间：2011年5月12日\n二、“十二五”电力建设开局良好\n（二）输电网络建设\n一季度，全省完成电网投资21.5亿元，"
     "同比增长18%。新建输电线路310公里，新增变电容量150万千伏安。", "310公里", "2011-01/2011-03"),
    # a lead opening with a part of a month (3月中旬，…: 上旬, 中旬, 下旬) sets that month for the story
    ("城区菜价回落\n日期:2014-03-28 08:20:00  来源:晚报\n　　昨日，记者从市物价局获悉，3月中旬，城区监测的各类食品"
     "价格有所变化，猪肉的平均零售价格继续下降，鱼类、鸡蛋价格有所下降，食用油价格基本持平。\n"
     "　　鸡蛋平均零售价格为4.71元/500克，较上期下降2.89%。", "2.89%", "2014-03"),
    # a level reached (达到, 增至) under years a paragraph opens with is the level at their end; what grew over
    # them keeps the years
    ("某市2021年政府工作报告\n过去五年，全市经济总量跃上新台阶。生产总值达到3353.3亿元，一般公共预算收入年均增长"
     "6.5%。", "3353.3亿元", "2020"),
    ("某市2021年政府工作报告\n过去五年，全市经济总量跃上新台阶。生产总值达到3353.3亿元，一般公共预算收入年均增长"
     "6.5%。", "6.5%", "2016/2020"),
    # the values a move with no verb goes from and to (从A到B) under a stretch of years: its first and last year
    ("2007至2017年间，隆基的营业收入从2.227亿到163.6亿。", "2.227亿", "2007"),
    ("2007至2017年间，隆基的营业收入从2.227亿到163.6亿。", "163.6亿", "2017"),
    # in a morning digest a time an item opens with is that item's: a market move in a later item is of the session
    # the digest reports (the trading day before its date)
    ("陆家嘴财经早餐2024年8月8日星期四\n08-08 06:33Wind\n宏观\n1、据海关统计，今年7月，我国进出口总值3.68万亿元，"
     "同比增长6.5%。出口2.14万亿元，增长6.5%。\n2、央行发布公告称，8月7日逆回购操作量为零。当日有2516.7亿元逆回购到期。\n"
     "国内股市\n1、A股窄幅震荡，电力板块全天强势。截至收盘，上证指数涨0.09%报2869.83点。", "2869.83点", "2024-08-07"),
    # a month a stretch runs from up to the text's time (至今, 以来): the months from it to the text's publication
    ("《 人民日报 》（2025年12月22日 第 07 版）\n2023年5月至今，榕江“村超”持续出圈，举办各类赛事超过2700场。",
     "超过2700场", "2023-05/2025-12"),
    # a year written with two digits before a month or a part of a year (18年1-7月份, 24年3月) is of this century (or
    # the last, where that would be after the text's year); a number of years alone (连续18年) is no year
    ("18年1-7月份乘用车终端累计销售31.8万辆，同比增长171.6%。", "31.8万辆", "2018-01/2018-07"),
    ("2025年，全省连续18年位居第一，销量达到100万辆。", "100万辆", "2025"),
    # a report on how a year's plan or budget went, delivered the year after, reviews that year (its title: 关于
    # 二〇二五年…计划执行情况与二〇二六年…计划草案的报告): its 全年 is 2025
    ("关于二〇二五年国民经济和社会发展计划执行情况与二〇二六年国民经济和社会发展计划草案的报告\n——二〇二六年三月五日在"
     "全国人民代表大会上\n全年经济总量达到140万亿元，增长5.0%。", "5.0%", "2025"),
]


@pytest.mark.parametrize(("document", "fact_text", "period"), CASES, ids=[c[1] for c in CASES])
def test_period(document: str, fact_text: str, period: str | None) -> None:
    facts = {f.text: f for f in extract_text(document).facts}
    assert fact_text in facts, sorted(facts)
    assert facts[fact_text].period == period, facts[fact_text].rule


RELEASE = """全市经济运行情况
前三季度，全市经济运行稳中有进。
规模以上工业增加值同比增长5.6%。
社会消费品零售总额1520亿元，增长4.1%。
二、农业
全市粮食产量增长2%。
"""


def test_a_release_lead_sets_the_months_of_the_paragraphs_after_it_until_a_heading() -> None:
    facts = {f.text: f.period for f in extract_text(RELEASE, published=date(2025, 10, 20)).facts}
    assert facts["5.6%"] == facts["1520亿元"] == facts["4.1%"] == "2025-01/2025-09"
    # a new section, which names no months of its own: the months the head names (its first lines)
    assert facts["2%"] == "2025-01/2025-09"


def test_a_story_paragraph_opening_with_a_year_sets_no_period_for_the_next() -> None:
    story = "2020年，全省新能源汽车产量突破25万辆。\n企业数量达到120家。\n"
    facts = {f.text: f.period for f in extract_text(story).facts}
    assert facts["突破25万辆"] == "2020" and facts["120家"] is None


def test_a_year_compared_with_beside_last_year_is_the_year_before_last() -> None:
    # 比上年同期多1970亿元，比2019年同期多7219亿元: 2019 is not last year, so the text is of 2021
    got = {f.text: f for f in extract_text(
        "10月金融数据企稳反弹\n中国人民银行发布的最新统计数据显示，10月末，广义货币（M2）余额233.62万亿元，同比增长8.7%；"
        "10月社会融资规模增量为1.59万亿元，比上年同期多1970亿元，比2019年同期多7219亿元。").facts}
    assert got["233.62万亿元"].period == "2021-10"


def test_the_document_year_is_after_the_years_it_compares_with() -> None:
    text = "一季度，全省地区生产总值增长5.4%，比2024年全年高0.3个百分点。"
    facts = {f.text: f.period for f in extract_text(text).facts}
    assert facts["5.4%"] == "2025-01/2025-03"


REPORT = """2025年四川省政府工作报告
2025年1月20日在四川省第十四届人民代表大会第四次会议上
2024年工作回顾
过去一年，全省上下承压前行，较好完成全年主要目标任务。
——经济运行稳中向好。全省地区生产总值增长5.7%，经济总量达到64697亿元。
一、2025年工作安排
全省地区生产总值增长5.5%左右。
"""

SUBSECTIONS = """2025年天津市政府工作报告
一、2024年工作回顾
全市地区生产总值增长5.1%左右。
（一）高质量发展迈出坚实步伐
新设机构181家，高新技术企业超过1.2万家。
二、2025年主要目标
"""


def test_the_whole_year_under_a_heading_of_a_year_is_that_year_not_the_title_s() -> None:
    document = ("2025年海南省政府工作报告\n——2025年1月14日在海南省第七届人民代表大会第四次会议上\n"
                "一、2024年工作回顾\n生态环境持续向好。全年空气质量优良天数比例99.4%。\n"
                "二、2025年工作安排\n全年地区生产总值增长5%左右。\n")
    facts = {f.text: f for f in extract_text(document).facts}
    assert facts["99.4%"].period == "2024"
    assert facts["5%左右"].period == "2025"


def test_a_heading_that_opens_with_a_year_governs_its_section() -> None:
    facts = {f.text: f.period for f in extract_text(REPORT).facts}
    assert facts["5.7%"] == facts["64697亿元"] == "2024"
    assert facts["5.5%左右"] == "2025"


def test_a_subsection_that_names_no_time_goes_on_under_its_section_s_period() -> None:
    facts = {f.text: f.period for f in extract_text(SUBSECTIONS).facts}
    assert facts["181家"] == "2024"


def test_a_target_with_no_time_is_the_plan_year_in_a_work_report_only() -> None:
    report = ("2025年辽宁省政府工作报告\n——2025年1月16日在辽宁省第十四届人民代表大会第三次会议上\n"
              "全省经济社会发展的主要预期目标是：地区生产总值增长5%以上，城镇新增就业47万人左右。\n")
    facts = {f.text: f.period for f in extract_text(report).facts}
    assert facts["5%以上"] == facts["47万人左右"] == "2025"
    story = "发布时间：2025年11月2日\n贵州正推动大模型落地，目标是打造超过200个应用场景。\n"
    facts = {f.text: f.period for f in extract_text(story).facts}
    assert facts["超过200个"] is None


def test_a_story_lead_states_the_months_it_reports_and_an_as_of_day_stays_in_its_sentence() -> None:
    story = ("来源：《中国经济周刊》\n记者 王红茹丨北京报道\n"
             "截至4月26日，至少已有27个省份发布了一季度GDP数据。从GDP总量看，广东省稳居第一，江苏省紧随其后，"
             "山东省排名第三，各省经济总体稳步恢复。\n"
             "广东省以27117.96亿元居于全国首位。\n")
    facts = {f.text: f.period for f in extract_text(story, published=date(2021, 4, 27)).facts}
    assert facts["27个"] == "2021-04-26"
    assert facts["27117.96亿元"] == "2021-01/2021-03"


def test_targets_in_a_story_about_a_work_report_are_the_year_s() -> None:
    story = ("深圳如何实现GDP增长6%\n"
             "4月11日，深圳市市长代表市政府向大会作政府工作报告，提出今年经济社会发展的主要预期目标。\n"
             "同时，力争新增国家高新技术企业500家。\n")
    facts = {f.text: f.period for f in extract_text(story, published=date(2022, 4, 12)).facts}
    assert facts["500家"] == "2022"


def test_a_head_that_names_months_without_a_year_gives_them_to_the_story() -> None:
    story = "27省份一季度GDP出炉\n广东省以27117.96亿元居于全国首位。\n"
    facts = {f.text: f.period for f in extract_text(story, published=date(2021, 4, 27)).facts}
    assert facts["27117.96亿元"] == "2021-01/2021-03"


def test_a_year_s_same_months_take_the_months_of_the_figures_around() -> None:
    story = "27省份一季度GDP出炉\n安徽省GDP为9529.1亿元。而在去年同期，上海市GDP为7856.62亿元。\n"
    facts = {f.text: f.period for f in extract_text(story, published=date(2021, 4, 27)).facts}
    assert facts["7856.62亿元"] == "2020-01/2020-03"


def test_a_company_report_s_own_time_words() -> None:
    report = ("海岳新能源科技股份有限公司2025年第三季度报告\n"
              "年初至报告期末，公司实现营业收入86.4亿元。报告期末，公司总资产300亿元。本报告期，公司实现净利润5亿元。\n")
    facts = {f.text: f.period for f in extract_text(report).facts}
    assert facts["86.4亿元"] == "2025-01/2025-09"
    assert facts["300亿元"] == "2025-09"
    assert facts["5亿元"] == "2025-07/2025-09"


def test_a_head_about_half_year_or_quarter_results_gives_their_months_to_the_story() -> None:
    story = ("A股半年报长这样：利润翻倍股数量创历史之最\n作者：数据宝\n发布时间：2021年8月31日\n"
             "业绩翻倍增长的上市公司达到1208家，创历史同期最高纪录。百亿利润俱乐部成员首破40家。\n")
    facts = {f.text: f.period for f in extract_text(story).facts}
    assert facts["1208家"] == "2021-01/2021-06"
    story = "三季报透视：医药板块盈利回升\n发布时间：2021年10月31日\n医药板块净利润同比增长12%。\n"
    assert {f.text: f.period for f in extract_text(story).facts}["12%"] == "2021-01/2021-09"


def test_every_holiday_of_the_calendar_has_a_name_and_ordered_days() -> None:
    from extract import lexicon

    named = {holiday for holiday, _needs in lexicon.holiday_names().values()}
    for (year, holiday), (first, last) in lexicon.holidays().items():
        assert holiday in named, holiday
        assert first <= last and (last - first).days < 10 and last.year == year, (year, holiday)


def test_a_time_mention_compares_and_shows_by_its_fields() -> None:
    from extract.attribute.period import MentionKind, TimeMention

    one = TimeMention(0, 5, "2025", "period.year")
    assert one == TimeMention(0, 5, "2025", "period.year", MentionKind.PERIOD)
    assert one != TimeMention(0, 5, "2025", "period.year", MentionKind.DATE)
    assert repr(one) == ("TimeMention(start=0, end=5, period='2025', rule='period.year', "
                         "kind=<MentionKind.PERIOD: 'period'>)")


def test_a_stretch_up_to_now_is_read_whatever_word_opens_it() -> None:
    # 多年来, 几年来, 数年来 as 近年来: a stretch with no bounds (the time pattern's first characters
    # are read off the pattern, so none of its branches is left out)
    for text in ("多年来，全省粮食产量稳定", "几年来，产量稳定", "数年来首次回落", "近年来持续增长"):
        [mention] = time_mentions(text, 2025, 0, len(text))
        assert (mention.start, mention.end, mention.kind) == (0, 3, MentionKind.UNBOUNDED), text




def test_a_head_date_before_the_source_dates_the_document() -> None:
    # (a news page's 2023-11-20 来源：… line: the view drops the space after the figures, so the date
    # is followed by 来源 itself)
    for line in ("2023-11-20 来源：海关总署江西分署", "2023-11-20　来源：新华网", "2023年11月20日 来源：江西日报"):
        facts = extract_text(f"前10个月我省外贸进出口增长6.2%\n{line}\n10月份，我省进出口总值462.1亿元。\n").facts
        assert [f.period for f in facts] == ["2023-01/2023-10", "2023-10"], line


def test_a_results_report_named_with_its_year_in_the_opening_sets_the_report_period() -> None:
    # (a news story on a bank's or company's report: 发布2023年年度报告 … 截至报告期末 is the year's end)
    opening = ("星海银行发布{}。报告显示，星海银行实现营业收入339亿元，各项业务保持稳健发展，"
               "资产质量总体稳定，经营效益稳步提升。\n")
    annual = extract_text("星海银行净利润增长6%\n2024-03-26 来源：金融时报\n" + opening.format("2023年年度报告")
                          + "截至报告期末，该行资产总额1.1万亿元，不良贷款率0.95%。\n").facts
    assert [f.period for f in annual] == ["2023", "2023", "2023-12", "2023-12"]
    half = extract_text("星海银行上半年净利润增长6%\n2024-08-26 来源：金融时报\n" + opening.format("2024年半年度报告")
                        + "截至报告期末，该行资产总额1.1万亿元。\n").facts
    assert [f.period for f in half] == ["2024-01/2024-06", "2024-01/2024-06", "2024-06"]


def test_a_time_after_recovered_to_is_the_base_of_the_share() -> None:
    # (恢复至2019年同期的98.2%: this year's figure as a share of 2019's)
    facts = {f.text: f.period for f in extract_text(
        "发布时间：2023年11月15日\n1—10月，全省机场旅客吞吐量6105万人次，恢复至2019年同期的98.2%，相当于2019年的九成。").facts}
    assert facts["98.2%"] == "2023-01/2023-10"


def test_a_bare_weekday_in_news_is_that_day_on_or_before_publication() -> None:
    # (a morning report of Friday 3 November: 周四 is 2 November; 周五 the day itself)
    text = ("路透早报--11月3日\n2023年11月3日\n美国股市周四上涨，道琼斯指数收高1.7%。\n"
            "周五亚洲股市开盘走高，日经指数上涨0.8%。\n下周将有8845亿元逆回购到期，周三至周五分别到期4875亿元、1608亿元。\n")
    got = {f.text: f.period for f in extract_text(text).facts}
    assert (got["1.7%"], got["0.8%"]) == ("2023-11-02", "2023-11-03")
    assert got["4875亿元"] != "2023-11-01"  # (next week's, not this one's)


def test_a_figure_before_a_work_report_s_targets_is_of_its_review_not_its_plan() -> None:
    # a review whose heading was cut away: what it achieved is no target of the report's year, and
    # the text does not say which years it reviews (in a report of 2025; one of 2026, a plan's first
    # year, reviews the plan just ended: see CASES)
    report = ("2025年某省政府工作报告\n——2025年2月3日在某省第十四届人民代表大会第四次会议上\n时间：2025-02-09\n"
              "（一）经济实力显著增强。地区生产总值达14.2万亿元，国家先进制造业集群增至14个。\n"
              "今年经济社会发展主要预期目标是：地区生产总值增长5%左右。\n"
              "（二）加快建设现代化产业体系。新增国家高新技术企业500家。\n")
    facts = {f.text: (f.period, f.modality) for f in extract_text(report).facts}
    assert facts["14.2万亿元"] == facts["14个"] == (None, "actual")
    assert facts["5%左右"] == ("2025", "target")
    assert facts["500家"] == ("2025", "target")


def test_a_flow_as_of_a_month_s_end_is_the_months_from_january() -> None:
    # 截至6月底 before what was done over the time (投资, 周转量: measure_heads.tsv, flow) runs from the year's start;
    # before a stock (存款余额) it is that month's end
    text = ("发布时间：2024-07-12\n截至6月底，全行业完成固定资产投资615.2亿元，同比增长33.2%，"
            "完成运输总周转量703亿吨公里。截至6月底，全省金融机构存款余额9000亿元。\n")
    got = {f.text: f.period for f in extract_text(text).facts}
    assert (got["615.2亿元"], got["33.2%"], got["703亿吨公里"]) == ("2024-01/2024-06",) * 3
    assert got["9000亿元"] == "2024-06"


def test_a_marketing_year_is_its_two_years() -> None:
    # a crop's marketing year written across two years (2011/2012年度, 2010/11年度) is both: no half of it is
    # left in the indicator
    text = "发布时间：2011-08-10\n棉农预计将在2011/2012年度增产11%至2740万吨。2010/11年度全球棉花产量为2450万吨。"
    got = {f.text: (f.period, f.indicator) for f in extract_text(text).facts}
    assert got["2740万吨"][0] == "2011/2012" and "/" not in (got["2740万吨"][1] or "")
    assert got["2450万吨"] == ("2010/2011", "棉花产量")


def test_an_excerpt_of_a_work_report_stating_no_plans_reviews_the_year_before() -> None:
    # a work report of 2026 whose text states no targets and heads no plan (an excerpt of its review): what it
    # did is of 2025, and done, not aimed at; one that states its targets keeps its plans for 2026
    review = ("2026年某省政府工作报告\n——2026年1月27日在某省人民代表大会上\n"
              "外贸外资稳量提质。实际使用外资33.8亿美元，增长10%。粮食产量515.6亿斤、创历史新高。\n")
    facts = {f.text: (f.period, f.modality) for f in extract_text(review).facts}
    assert facts["33.8亿美元"] == ("2025", "actual") and facts["515.6亿斤"] == ("2025", "actual")
    plans = ("2026年某省政府工作报告\n——2026年1月27日在某省人民代表大会上\n"
             "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
             "加快推进300个省级重大项目建设。\n")
    facts = {f.text: (f.period, f.modality) for f in extract_text(plans).facts}
    assert facts["300个"] == ("2026", "target")


def test_a_marketing_year_across_a_century_is_its_two_years() -> None:
    [fact] = extract_text("发布时间：2000-08-10\n1999/00年度全球棉花产量为2450万吨。").facts
    assert fact.period == "1999/2000"


def test_a_text_that_reads_a_results_report_is_written_once_the_report_is_out() -> None:
    # (its year is no earlier than the report's, the year after for an annual report: its figures are no targets
    # of a year still to come)
    text = ("某酵母企业的成长之路\n2018年3月，公司开始在海外扩产。\n"
            "刚发布的2021年半年报显示，报告期内，公司实现营业收入52.34亿元，较上年同期增长20.55%。")
    facts = {f.text: (f.period, f.modality) for f in extract_text(text).facts}
    assert facts["52.34亿元"] == ("2021-01/2021-06", "actual")
    assert document_year("2018年3月，公司开始扩产。2020年年报显示，公司营业收入增长5%。", None) == \
        (2021, "year.report_read")


def test_a_results_report_named_before_the_figures_gives_them_its_months() -> None:
    # (a story opening with 二季度 whose figures come from the half-year reports it then names: the first half)
    text = ("电子行业中报喜忧参半\n发布时间：2011-07-15\n今年二季度，电子板块持续低迷，股价大幅回落。\n"
            "14日，首批两家公司半年报亮相。甲电子、乙智能分别盈利4384.24万元、1198.36万元。")
    facts = {f.text: f.period for f in extract_text(text).facts}
    assert facts == {"4384.24万元": "2011-01/2011-06", "1198.36万元": "2011-01/2011-06"}

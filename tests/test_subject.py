"""Subject (extract/attribute/subject.py), case by case: a small document, a number in it, the
subject FACTS.md gives that number."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

from extract import lexicon
from extract.attribute.subject import entities, topic_name
from extract.pipeline import extract_text

# A province's work report, its opening paragraph long enough to be no title line
_HAINAN_REPORT = ("海南省2025年政府工作报告\n过去一年，全省地区生产总值增长5%，全省规模以上工业增加值增长6%，"
                  "全省社会消费品零售总额增长4%，全省居民人均可支配收入增长5%，各项事业取得新进展。\n")

CASES = [
    # a county named right after its prefecture in a text's opening is the text's place (黔东南苗族侗族自治州 +
    # 榕江县: the more specific; its 全县 is the county)
    ("发展县域经济见闻\n本报记者  王明\n冬日里，贵州省黔东南苗族侗族自治州榕江县一派繁忙，"
     "乡村的集货点里，新摘的罗汉果一筐接着一筐，县城的生产线上，机器隆隆运转。\n全县地区生产总值已超百亿元。",
     "超百亿元", "榕江县"),
    # a foreign country opening a digest's item after its number (3、日本…) opens its clause
    ("全球市场周报\n3、日本上周原油进口量为320万桶，前值300万桶。", "320万桶", "日本"),
    ("全球市场周报\n（二）德国10月工业产出增长1.2%。", "1.2%", "德国"),
    # a legal form's 有限 after a character that makes a verb with 有 (玩具 + 有限公司: no 具有) is the name's
    ("宏达玩具\n长沙宏达玩具有限公司去年营业收入3.5亿元。", "3.5亿元", "长沙宏达玩具有限公司"),
    ("永盛工具\n据介绍，宁波永盛工具有限责任公司有员工约300名。", "约300名", "宁波永盛工具有限责任公司"),
    # a body whose head gives his view (在…研究所所长…看来，…) is cited, not what the figures are of
    ("全国工业企业利润\n在某某证券研究所所长王明看来，利润增速上行主要原因有两点：第一，10月PPI同比增长13.70%。",
     "13.70%", "中国"),
    # a place after a verb of where the thing named before it lies (地处, 位于) is no subject: the thing's figures
    ("五道沟镇\n一、基本情况\n五道沟镇地处柳河县南部，幅员面积187平方公里，辖2个社区、16个行政村。", "16个",
     "五道沟镇"),
    # a company forecasting its own figures (泛海控股预计亏损…) is their subject, not a source cited (中金公司预计，…)
    ("房企业绩预告\n蓝光发展全年预计亏损120.37亿元；泛海控股预计亏损90亿元-110亿元。", "90亿元-110亿元", "泛海控股"),
    # a text titled only as a results report (2016 年度报告): 公司 is the one listed company the text names
    ("2016 年度报告\n报告期内，公司实现营业收入 1100.9 亿元，同比增长 10.3%。\n公司坚持主流市场定位，积极促进销售。\n"
     "分区域看，公司在广深区域实现销售金额 468.2 亿元。\n报告期内公司新增加项目 20 个，万科权益建筑面积较上年增加。",
     "1100.9 亿元", "万科"),
    # a kind counted right after the quote closing it (新认定“智能工厂”3家) is no name: the document's place's
    ("娄底市2025年国民经济和社会发展统计公报\n全市工业稳步发展。新认定“数字化车间”12家，“智能工厂”3家。", "3家",
     "娄底市"),
    # a connective (一方面, 另一方面) glued before 公司 is no part of a company's name: the report's company's
    ("某某地产股份有限公司\n2015年年度报告\n报告期内，公司利润率有所下降。另一方面公司持续推进精装修战略，精装修住宅占比达到85%。",
     "85%", "某某地产股份有限公司"),
    # a month's 份 glued to a name's suffix is no name (5月份银行理财产品: no bank named 份银行)
    ("普益标准数据显示，5月份银行理财产品加权平均年化收益率较4月份回落1.32个百分点至2.08%。", "2.08%", None),
    # a kind of power plant (燃机电厂, 燃气电厂) is no plant's name: the figure stays the company's
    ("深圳能源集团股份有限公司\n2016年年度报告\n报告期内，公司上网电量235.4亿千瓦时。其中：燃煤电厂141.60亿千瓦时，"
     "燃机电厂50.71亿千瓦时。", "50.71亿千瓦时", "深圳能源集团股份有限公司"),
    # a word of a stock's date opening a sentence (截止, 截止到: period_cues.tsv as_of) is no company's name
    ("江苏安靠智能输电工程科技股份有限公司\n2019年年度报告\n报告期内，公司业务推进顺利。截止2019年12月31日，公司募投项目累计"
     "已投入资金20,864.89万元。", "20,864.89万元", "江苏安靠智能输电工程科技股份有限公司"),
    # a morning digest's first item naming a company makes it no company's text (its other items are not about it)
    ("陆家嘴财经早餐2024年8月22日星期四\n08-22 06:25Wind\n3、小米集团最新财报显示，2024年上半年公司实现营收"
     "1643.95亿元。\n6、数据显示，截至周三，共有23家家电企业披露半年报数据。", "23家", None),
    # so is one between 对 and a word of trade (对香港出口, 对东盟进出口)
    ("娄底市2025年国民经济和社会发展统计公报\n全市进出口总额100亿元。对香港出口0.91亿元，下降1.5%。", "0.91亿元",
     "娄底市"),
    # a market exported to or imported from (出口中国香港, 进口澳大利亚) is a trade partner, not whose figure it is
    ("娄底市2025年国民经济和社会发展统计公报\n分产销国别（地区）看，出口美国1.61亿元，下降58.1%；出口中国香港0.91亿元，"
     "下降1.5%；出口东盟8.45亿元，下降33.5%。", "8.45亿元", "娄底市"),
    # a listed company the text names by its short name without the word the press drops (保利发展 … 保利) is
    # named as listed
    ("保利发展市值反超万科\n发布时间：2022-03-12\n3月11日，保利发展市值定格在1943亿元。保利2021年全年实现签约金额5349.29亿元。",
     "5349.29亿元", "保利发展"),
    # 城中村 (an urban village) and 万村 (ten thousand villages, 百县千镇万村) are kinds of place, not places
    ("江苏省政府工作报告\n实施城中村改造8.52万户，筹集保障性住房1.57万套。", "8.52万户", "江苏"),
    ("广东省政府工作报告\n“百县千镇万村高质量发展工程”成效显现，新增10个经济强县。", "10个", "广东"),
    # a body cited as the source with two words of what it published (的分析报告显示, 的统计数据显示) is no subject
    ("动力煤进口\n发布时间：2011-06-08\n国泰君安的分析报告显示，动力煤月度进口量约减少8万吨。", "8万吨", None),
    ("动力煤进口\n发布时间：2011-06-08\n卓创资讯监测数据显示，动力煤月度进口量约减少8万吨。", "8万吨", None),
    # insurers named by their life arm (平安寿险, 太保寿险) are names, one per figure with 分别
    ("寿险新业务价值\n发布时间：2021-08-30\n上半年，中国人寿、平安寿险、太保寿险的新业务价值分别为298.67亿元、273.87亿元和"
     "102.31亿元。", "273.87亿元", "平安寿险"),
    # 全县 after a county the sentence names is that county, not the city the text is about
    ("遵义市2023年经济运行\n全市地区生产总值增长5%。\n湄潭县地区生产总值增长8%，全县规模以上工业增加值增长10%。", "10%",
     "湄潭县"),
    # 全市 after a prefecture the sentence names is that city, not the one the text is about
    ("东莞有望冲刺万亿\n东莞前三季度GDP增长10%。\n其中，前三季度，阳江的制造业完成增加值198.49亿元，增长39.2%，"
     "拉动全市规上工业增长20.8个百分点。", "20.8个百分点", "阳江"),
    # a market's index named in the figure's clause is that market's (market_indexes.tsv): A股, 港股, 美股
    ("陆家嘴财经早餐\n截至收盘，上证指数跌0.4%报2837.43点，深证成指跌0.31%。", "0.31%", "A股"),
    # …and so is a figure of the market's margin trading or connect flows (两融余额, 陆股通)
    ("两融周报\n2021年10月15日当周，融资余额为16892.64亿元，较前周下滑68.49亿元。", "16892.64亿元", "A股"),
    ("两融周报\n2021年10月15日当周，陆股通净流入28.62亿元，其中沪股通净流入21.98亿元。", "21.98亿元", "A股"),
    ("陆家嘴财经早餐\n港股宽幅震荡，恒生指数收盘涨0.08%报16891.83点。", "16891.83点", "港股"),
    ("陆家嘴财经早餐\n美国三大股指小幅收涨，道指涨0.61%报40008.39点，纳指涨0.03%。", "0.03%", "美股"),
    # 上述 (the aforesaid) opens no name but a kind of thing (上述募投项目), and 因 (because of) is no part of
    # the name after it (因部分公司: a kind): the company the text is about
    ("荣盛发展2010年年报\n荣盛发展2010年实现营业收入80亿元。上述募投项目2010年实现效益合计3.55亿元。", "3.55亿元",
     "荣盛发展"),
    ("华信电气2022年半年报\n华信电气上半年营业收入增长10%，主要因部分公司业绩下滑，净利润下降5%。", "5%", "华信电气"),
    # 投资 stands inside many companies' names (中国电力投资集团公司, 国家开发投资集团): no cut before it
    ("江苏海上风电招标\n在射阳项目中，中国电力投资集团公司以0.6559元/千瓦时竞标。", "0.6559元/千瓦时",
     "中国电力投资集团公司"),
    # a word introducing an example (以…为例, 比如, 例如) is no part of the company's name after it
    ("东莞外贸\n以博力威公司为例，2020年至今，出口占比从近八成降至五成。", "五成", "博力威公司"),
    ("东莞外贸\n其中，比如华信电气公司，营业收入增长12%。", "12%", "华信电气公司"),
    # a state group the press names by its short name (中石化, 中粮; companies.tsv, abroad) is the company
    ("广东成品油批发价\n发布时间：2011-06-03\n5月31日，中石化93号汽油批发价为9924元/吨，较前一日上调424元/吨。",
     "9924元/吨", "中石化"),
    # companies listed in the clause before 分别, with their count (等3家) and a figure of their own, give the
    # listed figures theirs, one each
    ("跨国车企半年考\n其中，大众汽车集团、雷诺集团和沃尔沃等3家下滑幅度超过两成，分别下降22.2%、29.7%和23.5%。",
     "29.7%", "雷诺集团"),
    # a company listed abroad or in Hong Kong is named whole in a Chinese text about it (companies.tsv, abroad)
    ("日本家电企业季度业绩\n发布时间：2011-08-05\n索尼的财报数据显示，其第一财季实现销售额16612亿日元，"
     "同比下降8.6%。", "16612亿日元", "索尼"),
    ("港股保险股中报\n友邦保险中报显示，新业务价值增长22%至18.14亿美元。", "18.14亿美元", "友邦保险"),
    # in a roundup of several listed companies, 公司 is the company just named, not the one the text opens with
    ("半年报速览\n阳普医疗上半年净利润增长12%。\n新开源发布半年报。2015年上半年，公司实现营业收入1.27亿元。\n"
     "华泰证券上半年净利润增长339%。", "1.27亿元", "新开源"),
    # (but in a text about one company, 公司 is that company, whoever else is named before it)
    ("新开源2015年半年报\n新开源发布半年报，与宁德时代签订供货协议。公司上半年实现营业收入1.27亿元。", "1.27亿元",
     "新开源"),
    # 该公司 (that company) is the company named last before it, not the one the text opens with
    ("汽车经销商半年报：和谐汽车净利下滑\n和谐汽车上半年净亏损9.14亿元，同比下降334%。\n"
     "正通汽车上半年营收下降12%。该公司上半年净利同比增长超100%，经营现金流改善。", "超100%", "正通汽车"),
    # a body named by its grade (卓越级智能工厂, 二级以上公立医院) is a kind counted, not a name
    ("江苏省2025年政府工作报告\n过去一年，全省入选国家领航级智能工厂2家、卓越级智能工厂67家、5G工厂301家，"
     "均居全国第一。", "67家", "江苏"),
    ("全国卫生健康工作综述\n全国87%的二级以上公立医院开展预约诊疗服务，5500多家医院建立了一站式服务中心。",
     "87%", "中国"),
    # a market session glued before a company's name is no part of it (盘中 + 中升控股)
    ("港股汽车零售板块走低\n9月6日，港股汽车零售板块走低，盘中中升控股一度跌超5%，美东汽车跌超3%。", "超5%",
     "中升控股"),
    # a name a figure leaves out (不含深圳, 不包含邮政集团) is not whose the figure is
    ("广东省汽车以旧换新进展顺利\n截止2010年5月31日，全省（不含深圳）共办理汽车以旧换新1984辆，发放补贴2412.7万元。",
     "1984辆", "广东"),
    ("国家邮政局公布1-9月邮政行业运行情况\n1-9月，邮政行业寄递业务量累计完成1151.1亿件，同比增长13.6%。其中,"
     "快递业务量（不包含邮政集团包裹业务）累计完成931.2亿件，同比增长16.4%。", "931.2亿件", "中国"),
    # a text naming no region of its own that speaks of 中国 twice is about the whole country
    ("家电市场上半年增速减缓\n发布时间：2011-08-08\n今年家电市场状况如何?据中怡康推出的最新数据显示，2011年上半年"
     "中国家电市场销售规模达6123亿元，较2010年上半年增长了12.8%。预计中国家电市场规模为12000亿元左右。",
     "6123亿元", "中国"),
    # a market session opening a sentence (盘后, 盘中) is a time, no company's short name
    ("财联社8月17日讯 德业股份盘后发布半年报，上半年实现营业收入23.73亿元。17家机构对德业股份的业绩作出预测，"
     "归母净利预估均值为9.66亿元。盘后公布实际半年报净利为4.5亿元。", "4.5亿元", "德业股份"),
    # the day of a date is no part of the name after it (2011年4月1日公司…: 公司, not 日公司)
    ("驰宏锌锗发布公告称，2011年4月1日公司收购集团资产，增储132万吨。", "132万吨", "驰宏锌锗"),
    # a bank's branch, a bonded zone and a cinema are the bodies their figures are of, not their cities
    ("今年一季度，兴业银行福州分行累计发放普惠小微贷款86亿元，同比多增12亿元。", "86亿元", "兴业银行福州分行"),
    ("前三季度，南宁综合保税区完成进出口总额315亿元，同比增长22%。", "315亿元", "南宁综合保税区"),
    ("国庆假期，江北区星光影城接待观众2.1万人次，票房同比增长35%。", "2.1万人次", "江北区星光影城"),
    # 全市 in a text about many cities is the city just named (重庆…。同时，全市…)
    ("中国GDP前十强城市，迎来新变局！\n大城市制造业强势回暖\n21世纪经济研究院统计发现，2021年前三季度，苏州、武汉等城市"
     "经济增长较快，十强城市的经济都增长了。\n2021年前11月，重庆实现社会消费品零售总额12746.63亿元，名义增长20.3%。"
     "同时，全市规模以上工业增加值同比实际增长11.9%。", "11.9%", "重庆"),
    # a title's city is written in the fullest form the text gives it as a name (秦皇岛市场: no 秦皇岛市)
    ("电厂无奈贷款买煤 秦皇岛动力煤价创新高\n发布时间：2011-05-05\n秦皇岛市场动力煤价日前创下最高价格——815元/吨。",
     "815元/吨", "秦皇岛"),
    # names inside the items of a list closed by 等 and a count are examples, whether or not every item is a
    # name (…、燕矶长江大桥、蒲圻电厂三期等3296个项目)
    ("湖北省2025年政府工作报告\n——2025年1月在湖北省第十四届人民代表大会第三次会议上\n各位代表：现在，我代表省人民政府，"
     "向大会报告工作，请予审议。\n过去一年，全省地区生产总值增长5.8%。项目投资量质齐升。\n沿江高铁宜昌至涪陵段、"
     "燕矶长江大桥、蒲圻电厂三期等3296个重大基础设施项目加快推进。", "3296个", "湖北"),
    # 公司 in a text about a zone (苏州高新区…) refers to the company named before it, not the zone
    ("苏州高新区投资120亿开展20个重点项目\n三是新兴产业项目多。苏州柯尔医疗器械有限公司是一家生产医疗器械的企业。"
     "为满足市场需要，公司计划一期投资6600万元。", "6600万元", "苏州柯尔医疗器械有限公司"),
    # an area a title names (中西部地区, a part of the whole) is not the document's place
    ("1月实际使用外资实现开门红 中西部地区同比均创下超40%高增速\n2月15日，商务部发布消息，2022年1月，全国实际使用外资"
     "1022.8亿元，同比增长11.6%。\n2018年1月，实际使用外资803.6亿元人民币。", "803.6亿元人民币", "中国"),
    # a place opening a kind counted (广州一家百货公司, 江苏3家银行) is the subject
    ("广东消费市场持续升温。再如1～5月，广州一家百货公司实现销售收入同比增长20%以上。", "20%以上", "广州"),
    ("全国银行业经营稳健。其中江苏3家银行营业收入增长5%。", "5%", "江苏"),
    # a clause that happens to end in 公司, 区 or 市 is no name
    ("受益于公司产品结构优化，营业收入增长12%。", "12%", None),
    ("园区进行分区管理后，入驻企业达到120家。", "120家", None),
    # what is sold, bought or built (出售…公司, 新开工…电站) is not what the figures are of, and no name
    # runs across the verb of the deal
    ("2013年6月底，所属中远太平洋出售中远集装箱工业公司100%股权，取得投资收益3.2亿元。", "3.2亿元", None),
    ("云南省人民政府工作报告\n去年全省新开工抽水蓄能电站3座以上，新增装机规模和投资规模都明显扩大，"
     "清洁能源的占比继续提高，能源结构进一步优化。", "3座以上", "云南"),
    # those who fund or build something (由A、B共同出资建设) are not what its figures are of
    ("鄂州花湖机场由顺丰集团、湖北省共同出资建设，总投资320.63亿元。", "320.63亿元", "鄂州花湖机场"),
    # companies listed before 的 and their measure, 分别: each number its company
    ("上半年，中国人寿、中国平安、新华保险的新业务价值分别为298.67亿元、273.87亿元和40.90亿元，同比分别下降19.0%、"
     "11.7%和21.7%。", "273.87亿元", "中国平安"),
    ("上半年，中国人寿、中国平安、新华保险的新业务价值分别为298.67亿元、273.87亿元和40.90亿元，同比分别下降19.0%、"
     "11.7%和21.7%。", "40.90亿元", "新华保险"),
    # …and after 分别 and a verb of its own (分别盈利): the names before it, each its figure's
    ("三家酒企半年报出炉，五粮液、泸州老窖和山西汾酒分别盈利120亿元、60亿元和40亿元。", "60亿元", "泸州老窖"),
    # (their full names too; and without 的, the last company opening the measure: 贵州磷化集团营业收入)
    ("上半年，华信电气股份有限公司、黔能集团的营业收入分别为29亿元、27亿元。", "29亿元", "华信电气股份有限公司"),
    ("上半年，华信电气、黔能集团和贵州磷化集团营业收入分别为29亿元、27亿元、10亿元。", "27亿元", "黔能集团"),
    ("上半年，华信电气、黔能集团和贵州磷化集团营业收入分别为29亿元、27亿元、10亿元。", "10亿元", "贵州磷化集团"),
    # a company cited before 公司 in its sentence (力合股份预计，公司上半年…) speaks of itself, in a digest
    # about another; a body that analyses others' figures (…证券认为，公司…) does not
    ("电子行业中报预告\n发布时间：2011-07-15\n中环股份预计上半年净利润增长11倍。力合股份预计，公司上半年净利润约500万元至"
     "600万元。", "约500万元至600万元", "力合股份"),
    ("电子行业中报预告\n发布时间：2011-07-15\n中环股份预计上半年净利润增长11倍。德润电子有限公司也表示，原材料价格上升，"
     "虽然公司预计二季度好于一季度，但仍预计上半年净利润下降30%至50%。", "30%至50%", "德润电子有限公司"),
    ("中国平安半年报点评\n发布时间：2021-08-30\n中国平安上半年营业收入增长3%。中泰证券认为，公司上半年新业务价值下降11.7%。",
     "11.7%", "中国平安"),
    # a listed company by its short name alone (listed_companies.tsv), wherever a name can start: before
    # a place inside it (承德 of 承德露露), but never inside a word (我国新能源 holds no 国新能源)
    ("白酒中报\n发布时间：2011-09-01\n目前，五粮液的供货价为509元。", "509元", "五粮液"),
    ("饮料企业半年报\n发布时间：2011-08-20\n上半年，承德露露实现营业收入8.5亿元。", "8.5亿元", "承德露露"),
    # in a province's text about several provinces, another province a paragraph's sentence names goes
    # on to the figures after it in that paragraph (…2021年山东省抢抓发展机遇…。全年地区生产总值…)
    ("粤苏鲁经济领跑全国\n2021年，广东地区生产总值124369.67亿元，广东继续领跑。\n"
     "山东省政府新闻办公室发布的信息显示，2021年山东省抢抓发展机遇，综合实力明显增强。全年地区生产总值突破8万亿元。",
     "突破8万亿元", "山东"),
    # a kind of ownership a communiqué breaks a figure down by (集体控股, 港澳台商控股) is no company
    ("长沙市2025年国民经济和社会发展统计公报\n在规模以上工业中，分控股类型看，国有控股企业增加值比上年增长3.1%，"
     "集体控股企业增长13.2%，港澳台商控股企业增长14.1%。", "14.1%", "长沙市"),
    # a kind of village or town a list counts (乡村旅游重点村) is no place: the figures after it stay the city's
    ("2025年镇江市国民经济和社会发展统计公报\n拥有省级乡村旅游重点村11家。拥有旅行社142家。全年实现游客总花费637.57亿元。",
     "637.57亿元", "镇江市"),
    # a listed name before a break (在, 由, 和…) is no part of a longer name the run to a suffix makes
    # (光威复材在公司)
    ("四、主营业务分析\n1、概述\n2022年，光威复材在公司董事会的领导下，实现营业总收入25.11亿元。",
     "25.11亿元", "光威复材"),
    # a text with no title whose first paragraph names one listed company, then calls it 公司: the company's
    # figures (a results report's section); not an analyst opening a report, nor a national text
    ("四、主营业务分析\n1、概述\n（1）总体经营情况\n2022年，面对复杂严峻的国内外形势和多重不利因素的严重影响，"
     "光威复材深入实施创新驱动发展战略，在高质量发展道路上稳步前进。\n（2）营业收入构成\n2022年，在公司25.11亿元的营业总收入中，"
     "碳纤维业务贡献13.86亿元。", "13.86亿元", "光威复材"),
    ("储能产业论坛\n东方证券首席分析师表示，储能将迎来发展机遇。\n今年，公司所在行业的新增装机增长50%。", "50%", None),
    # …and the two-character names the press gives large ones (万科, 工行), also never inside a word
    # (化工行业 holds no 工行)
    ("房企销售\n发布时间：2022-03-11\n保利发展前两月签约金额522.8亿元。而万科今年前两月实现销售金额649.7亿元。",
     "649.7亿元", "万科"),
    ("银行中报\n发布时间：2022-08-31\n上半年，工行实现净利润1718亿元。", "1718亿元", "工行"),
    ("全省工业\n发布时间：2022-08-31\n上半年，全省化工行业利润增长5%。", "5%", None),
    ("电力统计\n发布时间：2025-02-01\n“十四五”以来我国新能源装机快速增长，预计全年新增新能源装机将超过4亿千瓦。",
     "超过4亿千瓦", "中国"),
    # a notice's head names the company by its short name, then in full: the full name is the subject,
    # not a group company a paragraph names (中远 ⏎ …出售中远集装箱工业有限公司股权)
    ("证券代码:300355 证券简称:蒙草生态 公告编号:2017-009号\n内蒙古蒙草生态环境(集团)股份有限公司\n2016年度业绩快报\n"
     "报告期内，公司实现营业总收入10.5亿元。", "10.5亿元", "内蒙古蒙草生态环境(集团)股份有限公司"),
    ("中远上半年减亏\n8月29日，中远发布中报称，公司上半年实现营业收入302亿元。公司出售中远集装箱工业有限公司股权。",
     "302亿元", "中远"),
    # the places of a list closed by their count (济南、泰安、菏泽3个市) are examples of the whole: the
    # figure is the document's place's, not the last item's
    ("山东新能源发展情况\n在济南、泰安、枣庄、菏泽4个市地累计推广车用乙醇汽油近600万吨。", "近600万吨", "山东"),
    # a company named alone opening a digest's item before its fiscal quarter (ZOOM第二财季)
    ("财经早餐\n发布时间：2024-08-22\n9、小米上半年营收1643亿元。\n10、ZOOM第二财季营收11.6亿美元，预期11.5亿美元。",
     "11.6亿美元", "ZOOM"),
    # names given as examples before 等 and a count (亿纬动力超级工厂等2957个项目, 太原、北京4个局) are not what the
    # count is of
    ("2025年湖北省政府工作报告\n时间：2025-01-20\n深入开展重大项目攻坚突破年活动，沿江高铁加快推进，东风本田新能源、"
     "邦普时代、亿纬动力超级工厂等2957个重大产业项目建成投产。", "2957个", "湖北"),
    # a conjunction or a verb glued before a company's name is no part of it (而东方财富证券, 获得联想控股)
    ("券商半年报\n市场活跃度相对稳定，而东方财富证券手续费及佣金净收入同比增幅达到30%。", "30%", "东方财富证券"),
    # a body citing what it published (…交易所公布数据显示，…) is the source, not what the figures are of
    ("航运市场周报\n发布时间：2024-09-14\n上海航运交易所公布数据显示，中国出口集装箱指数报1818.31点，较上期下跌4.9%。",
     "4.9%", "中国"),
    # where a commentator works is not what the figures are of, for a company named whole too
    ("物价\n发布时间：2024-02-01\n中信建投首席经济学家黄文涛表示，1月居民消费价格同比下降0.8%。", "0.8%", None),
    # a listed company named with its stock code (新开源（300109）) is a company wherever the text names
    # it; 报告期内公司 is no name, but the company the paragraph is about
    ("新开源（300109）8月23日晚间发布了2015年半年度报告。2015年上半年，公司实现营业收入1.27亿元。", "1.27亿元",
     "新开源"),
    ("中报速递\n天齐锂业(002466)8月23日晚间披露半年报，报告期内公司实现营业收入7.55亿元，同比增长16%。\n"
     "福日电子（600203）8月23日晚间发布半年度报告，公司实现营业收入30.95亿元。", "7.55亿元", "天齐锂业"),
    ("中报速递\n天齐锂业(002466)8月23日晚间披露半年报，报告期内公司实现营业收入7.55亿元，同比增长16%。\n"
     "福日电子（600203）8月23日晚间发布半年度报告，公司实现营业收入30.95亿元。", "30.95亿元", "福日电子"),
    # …also one whose name ends in a word that elsewhere is a verb (悦达投资, 京能置业); 该公司 is it
    ("中报速递\n招商银行(600036)上半年实现净利润447.56亿元，位居首位。\n"
     "从正式披露的中期业绩看，悦达投资(600805)归母净利润增幅最高，该公司上半年实现净利润1亿元，同比增长1072.33%。",
     "1亿元", "悦达投资"),
    # names listed before 等21家公司 are companies, wherever the text names them again (西安旅游 is no 西安)
    ("A股半年报\n净利润同比增幅超过100%的公司共228家，其中西安旅游、上海新梅、京能置业等21家公司净利润同比增长在10倍以上。"
     "西安旅游是目前业绩增幅最大的一家，上半年净利润同比增长1102.39倍。", "1102.39倍", "西安旅游"),
    # a name opening its sentence before a reporting verb and a company's measure (锦航科技实现净利润) is
    # the company, though no suffix says so; a sector so placed is none (工业企业实现利润总额)
    ("化工行业35家公司正式披露中报。锦航科技实现净利润为2.41亿元，同比增长295.12%。", "2.41亿元", "锦航科技"),
    ("1-6月，全国规模以上工业企业实现营业收入50万亿元。", "50万亿元", "中国"),
    # a number's magnitude and measure word before a kind of place (54.2万个行政村) are no place's name
    ("卫生健康统计公报\n2018年年底，全国54.2万个行政村共设62.2万个村卫生室。村卫生室人员达144.1万人。", "144.1万人",
     "中国"),
    # a company the head names by its short name, the text also writing it with 公司 (苹果公司昨天发布…): that
    # more explicit form; a name with a suffix of its own stays as written (江苏银行, not its legal name)
    ("苹果2011中国营收38亿美元\n发布时间：2011-07-22\n记者 吴凡 苹果公司昨天发布2011财年第三季度的财报，"
     "iPhone在这一个季度内的销量增长5倍，中国成为苹果全球业绩最耀眼的区域之一，折射出国内市场的巨大潜力。\n"
     "明星产品仍不时断货\n第三季度，iPhone销量2034万部，同比增长142%。", "2034万部",
     "苹果公司"),
    # a clause opening with 全球 is about the world; a superlative's scope (全球最大的…) or a place's is no subject
    ("世界能源发展报告\n我国能源消费保持增长，全国能源供应稳定。\n2022年，全球煤炭消费量增长1.2%，年度消费量首次超过80亿吨。",
     "1.2%", "全球"),
    ("世界能源发展报告\n我国能源消费保持增长，全国能源供应稳定。\n全球最大的烷烃一体化生产基地投产，年产能300万吨。",
     "300万吨", "中国"),
    # …also after the time the clause opens with (2024年全球可再生能源制氢项目…)
    ("世界能源发展报告\n我国能源消费保持增长，全国能源供应稳定。\n2024年全球可再生能源制氢项目累计建成产能超25万吨/年。",
     "超25万吨/年", "全球"),
    # …and so is one opening with 世界 or 全世界 (scope_words.tsv, world)
    ("光伏市场展望\n我国光伏产业快速发展，全国装机持续增长。\n从能源消耗量来看，2004年世界能源需求为13TW，2050年约30TW。",
     "13TW", "世界"),
    ("光伏市场展望\n我国光伏产业快速发展，全国装机持续增长。\n全世界光伏组件产量达到50吉瓦。", "50吉瓦", "全世界"),
    # the one company a text's first paragraph names, which it goes on to call 公司 opening clauses, is the
    # company its 公司 stands for, though the text speaks of two countries
    ("中哈能源合作让民众得到实惠\n2013年，中国提出共建倡议，中哈两国油气合作进入快车道。10年来，某某油气公司从一个"
     "负债累累的油田生产企业，成长为哈国内大型综合性油气公司。项目总经理介绍，公司目前原油产量占该州的60%，年产油气当量"
     "3000万吨。\n截至目前，公司已累计选派234名留学生到中国留学。我国企业在当地解决约2万人就业。",
     "3000万吨", "某某油气公司"),
    # a scope word that hands money down (自治区下达…, 省拨付…) is who gave it, not whose figure it is: the city's
    ("关于2025年全市及市本级预算执行情况的报告\n石嘴山市财政局\n（五）地方政府债务情况\n"
     "自治区下达全市政府法定债限额212.28亿元，截至年末，法定债务余额197.88亿元。自治区下达市本级政府法定债务限额"
     "78.24亿元。", "78.24亿元", "石嘴山市"),
    # a kind of zone named alone (开发区, 高新区) is no name: the document's place
    ("2025年贵州省政府工作报告\n提升开发区承载能力，45个重点开发区规模以上工业总产值占全省开发区的比重达84%。", "84%",
     "贵州"),
    # a company of the ChiNext board whose name opens with a city (宁德时代) is the company, not the city
    ("公司新闻\n4、宁德时代二季度营收870亿元，环比增长8%。", "870亿元", "宁德时代"),
    # looking back or ahead at a year (回顾2022年，…; 展望2023年，…) is no company opening its sentence (the
    # clause after it, opening with 全球, is the world's)
    ("世界能源发展报告\n回顾2022年，全球煤炭产量增长至83.18亿吨。", "83.18亿吨", "全球"),
    ("世界能源发展报告\n展望2023年，全球煤炭产量将达到85亿吨。", "85亿吨", "全球"),
    # 归属母公司 is the share of the owners of the parent, not a company
    ("方大特钢2010年年报点评\n全年实现营业收入120.6亿，同比增长10.97%;归属母公司净利润5.16亿，同比增长818.18%，"
     "公司业绩提升明显，主要产品弹簧扁钢和汽车板簧盈利能力较强。", "5.16亿", "方大特钢"),
    # an autonomous prefecture by the form the press uses (克州), and its 全州
    ("克州2025年经济运行情况分析\n发布日期\n初步核算，2025年，全州实现地区生产总值272.24亿元，达到新的量级，"
     "按不变价格计算，同比增长6.0%，增速高于全区平均水平。", "272.24亿元", "克州"),
    # a county a document speaks of as 全县/我县 and names by its short form where a sentence starts
    ("特色产业\n永吉依托山区的资源优势，大力发展食用菌、中药材和黑木耳等特色产业，近年来成为我县的支柱产业之一。\n"
     "目前，全县已发展食用菌种植基地2.6万亩，主要分布在一拉溪镇、口前镇和西阳镇等乡镇。", "2.6万亩", "永吉县"),
    ("特色产业\n永吉依托山区的资源优势，大力发展食用菌、中药材和黑木耳等特色产业，近年来成为我县的支柱产业之一。\n"
     "食用菌种植基地总面积2.6万亩，年产量1.8万吨，主要分布在一拉溪镇、口前镇和西阳镇等乡镇。", "1.8万吨", "永吉县"),
    # …but not a short form that is also a plain word, in a text of no county
    ("特色产业\n目前，全市已发展食用菌种植基地2.6万亩，主要分布在城区周边各镇，产品远销海内外各地市场。",
     "2.6万亩", None),
    # a place's residents (阿图什市居民, 武汉市居民) are of that place; 市民 and 城市居民 name none
    ("克州2025年经济运行情况分析\n12月，阿图什市居民消费价格同比增长1.2%，环比上涨0.2%，价格总体平稳运行。",
     "1.2%", "阿图什市"),
    ("湖北经济运行情况\n12月，武汉市居民消费价格同比上涨1.2%，环比上涨0.2%，价格总体平稳运行。", "1.2%", "武汉市"),
    ("经济运行情况\n12月，城市居民消费价格同比上涨1.2%，环比上涨0.2%，价格总体平稳运行。", "1.2%", None),
    # a company's short form given in brackets after its full name (…股份有限公司(中国南车), （以下简称
    # “华信电气”）) is its name in the whole text, where the text writes either
    ("中国南车500亿动车订单未完工\n发布时间：2011-08-09\n据报道，中国南车股份有限公司(中国南车)上周五晚发布了2011年半年报，"
     "实现净利润20.45亿元，同比增长85.08%。\n截至6月末，中国南车的存货合计为191.034亿元，较去年底增加了7.36%。",
     "191.034亿元", "中国南车"),
    ("中国南车500亿动车订单未完工\n发布时间：2011-08-09\n据报道，中国南车股份有限公司(中国南车)上周五晚发布了2011年半年报，"
     "实现净利润20.45亿元，同比增长85.08%。\n截至6月末，中国南车的存货合计为191.034亿元，较去年底增加了7.36%。",
     "20.45亿元", "中国南车"),
    ("年报点评\n发布时间：2024-04-09\n华信电气股份有限公司（以下简称“华信电气”）发布2023年年报。上半年，动车组业务实现"
     "营业收入100.68亿元，增幅达101.88%，毛利率继续提升，订单饱满。", "100.68亿元", "华信电气"),
    # a list of places and as many numbers after them, with no 分别: each number its place
    ("山东技改投资增速回落\n一季度，全省技改投资增速回落；滨州、聊城、菏泽、济宁增速仅为1.2%、1.5%、3.2%、5.2%，低于全省平均水平。",
     "1.5%", "聊城"),
    # a scope word before a rank (增速全国第3, 进入全国50强) is where the rank stands, not the subject
    ("2025年湖北省政府工作报告\n经济运行持续向好。地区生产总值增长5.8％、增速全国第3，总量达到60013亿元；规上工业增加值增长7.7％。",
     "7.7％", "湖北"),
    ("2025年湖北省政府工作报告\n经济运行持续向好。3家高新区进入全国50强，高新技术企业达到3万家、科技型中小企业达到4.5万家。",
     "4.5万家", "湖北"),
    # a ministry's name inside …部门 (departments) is no reporting body
    ("2025年新乡市国民经济和社会发展统计公报\n年末全市文化和旅游部门所属的艺术表演团体9个，文化馆13个，公共图书馆13个。",
     "9个", "新乡市"),
    # a kind of body counted right after it (在医院中有公立医院52个) is no name, nor carried on
    ("2025年新乡市国民经济和社会发展统计公报\n年末全市共有卫生机构6375个，其中医院173个，在医院中有公立医院52个，"
     "民营医院121个。医疗机构床位数4.33万张，其中医院3.22万张。", "4.33万张", "新乡市"),
    # 银行间 (the interbank market) is no bank
    ("金融数据\n央行发布的数据显示，7月份银行间人民币市场以拆借、现券和回购方式合计成交193.71万亿元，日均成交8.42万亿元。",
     "8.42万亿元", "中国"),
    # a report's title opening with 关于 and a year names no company
    ("关于2025年全市财政预算执行情况和2026年全市及市级财政预算草案的报告\n——2026年2月8日在张掖市第五届人民代表大会上\n"
     "市级一般公共预算收入完成6.8亿元，增长7%，主要是企业所得税和增值税增收，非税收入保持稳定，收入结构进一步优化。",
     "6.8亿元", "张掖市"),
    # a division of the gazetteer is found whole, wherever the clause around it starts
    ("2024年，受益于遵义市的带动，全年接待游客1.2亿人次。", "1.2亿人次", "遵义市"),
    ("上半年广州交通运行平稳，港口集装箱吞吐量增长4.9%。", "4.9%", "广州"),
    ("清镇市今年新增就业1.2万人。", "1.2万人", "清镇市"),
    # no division is named 合理区 (a county 理县 is no reason to read one)
    ("国家统计局发布数据，主要宏观指标处于合理区间，9月份消费同比增长4.4%。", "4.4%", "中国"),
    # a county that became a city keeps its gazetteer name's stem (神木县 → 神木市)
    ("1-11月，神木市规上工业总产值2885.93亿元。", "2885.93亿元", "神木市"),
    # …and one that became a district by its name as a county and as a district (清苑区 ← 清苑县, 南和县 → 南和区)
    ("2007年，清苑县粮食总产量达到30万吨。", "30万吨", "清苑县"),
    ("南和区今年小麦单产达到每亩500公斤。", "500公斤", "南和区"),
    # what the subject is compared with is not the subject
    ("重庆市一季度全社会用电量同比增长16.49%，高于全国增幅3.77个百分点。", "3.77个百分点", "重庆"),
    # a scope word the subject is ranked in or a share of is not the subject
    ("2025年内蒙古自治区政府工作报告\n预计产煤12.9亿吨，完成保供任务8.3亿吨、占全国34.5%。", "34.5%", "内蒙古"),
    ("2025年内蒙古自治区政府工作报告\n牛奶产量稳居全国第1位，产业链产值突破7000亿元。", "突破7000亿元", "内蒙古"),
    # nor is a scope word that ranks (全国排名, 全国首张, 全国前列)
    ("2025年内蒙古自治区政府工作报告\n总量在全国排名上升至第20位；工业增加值跨过万亿元大关。", "跨过万亿元", "内蒙古"),
    ("2025年内蒙古自治区政府工作报告\n发行全国首张绿电证书，稀土产业产值超过千亿元。", "超过千亿元", "内蒙古"),
    # a kind of company is no name
    ("2025年上海市政府工作报告\n跨国公司地区总部新认定60家，累计达到1016家。", "1016家", "上海"),
    # a count of companies is no company (14家公司, 四家子公司), nor is a name withheld (某高校)
    ("上半年，共有14家公司净利润超过百亿元，合计增长35%。", "35%", None),
    ("该行旗下有四家子公司，员工总数达1.5万余人。", "1.5万余人", None),
    ("一名学生从某高校考入重点大学，当年共录取新生1200人。", "1200人", None),
    ("1至10月，西安、太原、北京4个铁路局集团公司的货运量增幅超过了10%。日均货运装车141290车。", "141290车", None),
    # a prefecture named by its short name alone is the subject of its sentence
    ("根据核算结果，深圳上半年GDP为1.5万亿元。", "1.5万亿元", "深圳"),
    ("郑州以1260万人力压武汉的1232.6万人。", "1232.6万人", "武汉"),
    # a company whose name holds a city's (吉利贵阳公司) is named whole
    ("整车在工厂里完成组装。吉利贵阳公司2025年生产了超26万辆。", "超26万辆", "吉利贵阳公司"),
    # 全省 in a text about no one province is the province the sentence names before it
    ("航天产业加快发展\n记者从有关方面获悉，今年以来商业航天产业链条不断完善，广东、江苏、湖北等地航天企业加快集聚。湖北依托武汉国家航天产业基地，前9个月全省航天产业营收"
     "557.4亿元。", "557.4亿元", "湖北"),
    # the ends of a route (广州飞贵阳, 北京-成都, 南宁到靖西) are where a trip goes, not whose figure it is
    ("清明机票\n多家平台数据显示，清明假期机票价格整体走低，多条航线的价格降至近年来同期的最低水平。\n"
     "4月5日当天广州飞贵阳最低机票为174元，北京-成都价格为778.5元，多数航线的票价都在一折到三折之间，出行成本明显下降。",
     "778.5元", None),
    ("清明机票\n多家平台数据显示，清明假期机票价格整体走低，多条航线的价格降至近年来同期的最低水平。\n"
     "4月5日当天广州飞贵阳最低机票为174元，北京-成都价格为778.5元，多数航线的票价都在一折到三折之间，出行成本明显下降。",
     "174元", None),
    # (a platform citing its own data is what the fares it gives are of)
    ("清明机票\n携程数据显示，清明假期机票价格整体走低，多条航线的价格降至近年来同期的最低水平。\n"
     "4月5日当天广州飞贵阳最低机票为174元，北京-成都价格为778.5元，多数航线的票价都在一折到三折之间，出行成本明显下降。",
     "174元", "携程"),
    # nor is the document's city the subject of a figure about a route
    ("成都清明机票价格走低\n携程数据显示，清明假期飞往成都的机票价格整体走低，多条航线的价格降至近年来同期的最低水平。\n"
     "可以对比的是，北京-杭州的高铁二等票价格为621.5元，而若再提前三到五天购票，机票价格会更低一些。", "621.5元", None),
    # a kind of group or company named by its trade alone is no name (教育集团, 旅游公司)
    ("新增基础教育公办学位4.7万个、教育集团47个。研发经费投入增长25%。", "25%", None),
    ("全县组建旅游公司3家，接待游客增长12%。", "12%", None),
    # a province named twice in a story about no one place is an example, not the story's subject;
    # the only province a regional text names is its subject
    ("“五一”出游火爆\n假期首日，各地景区迎来客流高峰，上海、北京等城市的酒店预订量大增，上海迪士尼的客流创下新高，"
     "不少游客选择错峰出行，自驾游、周边游和亲子游的热度持续攀升。\n总订单量同比增长约270%。", "约270%", None),
    ("油菜花节开幕\n江西婺源油菜花进入盛花期。\n景区接待游客12万人次。", "12万人次", "江西"),
    # a broker, an insurer, a listed company by its short name with 证券, 人寿, 股份, 控股
    ("上半年，东方财富证券实现营业收入41.77亿元，同比增长34.15%。", "41.77亿元", "东方财富证券"),
    ("截至2季度末，中国人寿的核心偿付能力充足率为169.05%。", "169.05%", "中国人寿"),
    # a kind of insurer or of enterprise is no name
    ("获得AAA类评级的上市系保险公司有3家。", "3家", None),
    ("国有控股企业实现利润总额20645.0亿元。", "20645.0亿元", None),
    # a body that publishes the country's figures (reporters.tsv) is not their subject
    ("中国人民银行发布数据显示，12月末，广义货币(M2)余额313.53万亿元。", "313.53万亿元", "中国"),
    # the money supply (广义货币, 狭义货币, 流通中货币) is counted for the whole country only: a text naming
    # no place that reports it twice is the country's (national_words.tsv)
    ("5月末，广义货币(M2)余额300.1万亿元，同比增长8%。狭义货币(M1)余额100.2万亿元。本外币存款余额310.5万亿元。",
     "310.5万亿元", "中国"),
    ("5月末，广义货币(M2)余额300.1万亿元，同比增长8%。本外币存款余额310.5万亿元。", "310.5万亿元", None),
    ("一季度，广东省广义货币(M2)余额30.1万亿元，狭义货币(M1)余额10.2万亿元。", "10.2万亿元", "广东"),
    # a verb before a company is no part of its name: one buying into it (杀入), a title's
    # commentary (解读…半年报)
    ("去年4季度，社保基金大举杀入华东建材股份，购入500万股。", "500万股", None),
    ("解读华东航运半年报\n上半年，公司录得营业收入158.57亿元。", "158.57亿元", "华东航运"),
    # an area across provinces (areas.tsv) is the subject of its figure, and is not carried on
    ("全国固定资产投资增长3.4%。分地区看，东部地区投资增长1.4%，中部地区投资增长3.7%。", "3.7%", "中部地区"),
    # a month's 月 before a scope word in a title is no part of a name (1—10月全省港口…: no 月全省港口)
    ("1—10月全省港口货物吞吐量同比增长5.8%\n发布时间：2023年11月15日\n1—10月，全省港口完成货物吞吐量15.6亿吨。",
     "15.6亿吨", None),
    ("日照港集团2023年货物吞吐量同比增长5.8%\n发布时间：2024年1月15日\n全年完成货物吞吐量5.9亿吨。", "5.9亿吨",
     "日照港集团"),
    # a city inside the name of the body that issued a province's release is not the document's city
    ("2023年一季度湖南省金融运行情况\n发布时间：2023-04-20 来源：中国人民银行长沙中心支行\n"
     "3月末，全省人民币贷款余额6.7万亿元。\n分部门看，住户贷款增加681亿元。", "681亿元", "湖南"),
    # 全省 in a text about the country is some province the text does not name, not the country
    ("全国发电设备平均利用2996小时，全国规模以上工业企业利润增长5%。全省规模以上工业企业利润总额1200亿元。",
     "1200亿元", None),
    ("国家统计局今天发布数据，1—10月份，全国固定资产投资（不含农户）423222亿元，同比增长3.4%，其中民间投资下降0.3%。"
     "分地区看，东北地区投资增长4.0%。\n分登记注册类型看，内资企业投资增长3.5%。", "3.5%", "中国"),
    # FACTS.md: a figure about one named part of the whole takes that part, the list in the clause before
    ("2024年，全省地区生产总值增长5.3%。其中，遵义、安顺两市增幅较大，分别达12.5%和11.2%。", "12.5%", "遵义"),
    ("2024年，全省地区生产总值增长5.3%。其中，遵义、安顺两市增幅较大，分别达12.5%和11.2%。", "11.2%", "安顺"),
    # a title naming a company by its short name, and a text calling it 公司: 公司 is that company
    ("海天味业发布2024年半年报\n上半年，公司实现营业收入138.9亿元，同比增长9.2%，全国经销商数量持续增加，"
     "全国市场覆盖率持续提高。", "138.9亿元", "海天味业"),
    # a cooperation zone is a name of its own (…合作区), not the city it starts with
    ("珠海横琴粤澳深度合作区上半年实现地区生产总值236亿元，增长8%。", "236亿元", "珠海横琴粤澳深度合作区"),
    # in a place's own text, an organisation named in passing in a paragraph is not carried to the
    # figures after it (they are the place's); one the paragraph opens with, or a heading above it
    # names, is; so is a village
    (_HAINAN_REPORT + "教育事业加快发展。海南大学整体发展速度持续位居全国高校前列。"
     "新设立4所高校，新增9个博士学位授权点。", "9个", "海南"),
    (_HAINAN_REPORT + "海南大学加快“双一流”建设，整体发展速度持续位居全国高校前列，"
     "新增9个博士学位授权点。", "9个", "海南大学"),
    # …and in a text about the whole country
    ("2025年金融统计数据报告\n全国社会融资规模存量增长8%，全国人民币贷款余额增长7%，我国金融总量合理增长，"
     "信贷结构持续优化，金融支持实体经济的力度不断加大。\n信贷投放保持平稳。国家开发银行加大对基础设施的支持。"
     "普惠小微贷款余额32万亿元，同比增长12%。", "32万亿元", "中国"),
    ("贵州日报2025年1月28日\n“两矿法”优化工艺降本增效\n贵州能矿锰业集团有限公司\n记者 阙成岱\n"
     "看似传统的生产场景，却暗藏玄机。2025年以来，贵州能矿锰业集团有限公司以工艺优化为突破口。据测算，综合成本下降约15%。",
     "约15%", "贵州能矿锰业集团有限公司"),
    ("遂川县2025年茶产业发展报告\n茶产业带动增收。在桃源村，茶园连片，茶厂机器轰鸣，采茶工人往来穿梭，"
     "一派繁忙景象。村集体以茶园和厂房入股，村集体经济收入突破80万元。", "突破80万元", "桃源村"),
    # a county's own work report moves to a new topic with each paragraph: a name of the paragraph
    # before is not carried into the next (its figures are the county's)
    ("高阳县2018年政府工作报告\n发文时间：2018-01-31\n一、2017年工作回顾\n过去的一年，面对雄安新区设立带来的重大机遇，"
     "我们主动对接雄安新区，全力以赴稳增长、调结构、惠民生，经济社会发展稳中有进、稳中向好。\n"
     "全年生产总值完成119.7亿元，增长8%；全部财政收入完成11.07亿元，增长7.3%。", "119.7亿元", "高阳县"),
    # …also with a colon after the name; a company's name opening with a place's (宁德时代) stays whole
    ("宁德时代：前三季度净利润增长25%\n10月18日晚间，宁德时代披露三季报。前三季度，公司实现营收2590亿元，同比下降12%。",
     "2590亿元", "宁德时代"),
    ("宁德时代：前三季度净利润增长25%\n10月18日晚间，宁德时代披露三季报。前三季度，公司实现营收2590亿元，同比下降12%。",
     "25%", "宁德时代"),
    # a port or a site named by two cities glued together is one name (宁波舟山港, not 舟山港)
    ("2024年上半年，宁波舟山港完成货物吞吐量6.9亿吨，同比增长4.1%。", "6.9亿吨", "宁波舟山港"),
    # the place a scope word stood for (全国 → 中国) goes on to the next sentences of its paragraph
    ("2023年城镇单位就业人员平均工资公布\n发布时间：2024-05-17\n2023年全国城镇非私营单位就业人员年平均工资为120698元，"
     "名义增长5.8%。城镇私营单位就业人员年平均工资为68340元。", "68340元", "中国"),
    # where a commentator works is not what the figures are of
    ("国家统计局发布数据。民生银行首席经济学家温彬表示，11月M2同比增长8.5%，增速保持平稳。", "8.5%", "中国"),
    # …also where a department of it stands between (交通银行金融研究中心首席研究员): carried to no later figure
    ("国家统计局发布数据。11月M2同比增长8.5%。交通银行金融研究中心首席研究员唐建伟表示，这主要受基数影响。"
     "11月末人民币贷款余额增长11.7%。", "11.7%", "中国"),
    ("国家统计局发布数据。11月M2同比增长8.5%。光大银行金融市场部宏观研究员周茂华表示，货币供应合理适度。"
     "11月末人民币贷款余额增长11.7%。", "11.7%", "中国"),
    # the subject of the last fact in the paragraph goes on, not a place named on the way
    ("今年前三季度，遵义市地区生产总值增长5.5%。市委主要负责同志在贵阳市参加全省经济运行调度会时表示，要保持定力。"
     "规模以上工业增加值增长6%。", "6%", "遵义市"),
    # an organisation named as an object (新建固原市医院) or as a source (上海证券研报显示) is not what
    # the next sentence's figures are of; one opening its sentence is
    ("宁夏回族自治区2024年政府工作报告\n新建固原市医院等一批重点项目，医疗服务能力不断提升。全区卫生机构床位数增长5%，"
     "基层诊疗量占比达到60%以上。", "5%", "宁夏"),
    ("五一假期出游火爆\n上海证券研报显示，今年“五一”假期国内旅游出游人次预计同比增长。国内旅游收入预计达到1600亿元，"
     "恢复至疫情前的九成左右。", "1600亿元", None),
    # a text that speaks of the whole country (全国, 我国) more often than of the province it also
    # covers is about the country: its figures without a place of their own are 中国's
    ("可再生能源比重目标明确\n发布时间：2011-09-02\n“十二五”期间，全国可再生能源占能源消费总量的比重要达到9.5%以上。"
     "我国风电发展迅速，我国光伏产业也在扩张，我国核电稳步推进。\n广东风电发展加快\n从广东的情况来看，广东将大力发展风能。"
     "目前，广东风电发展迅速，并网基本无障碍。\n按照原规划，到2015年，风电装机容量为9000万千瓦。",
     "9000万千瓦", "中国"),
    # nor are the figures of the sentence that cites it (据中指研究院计算，…; 某证券研报显示，…)
    ("2022年1-4月全国房地产市场\n据中指研究院计算，4月全国商品房销售额同比下降46.6%，降幅较3月扩大20.4个百分点。",
     "46.6%", "中国"),
    ("五一假期出游火爆\n上海证券研报显示，今年“五一”假期国内旅游收入预计达到1600亿元。", "1600亿元", None),
    ("棉花市场半年回顾\n用棉短缺的局面不会改变，中棉所有关人士表示。\n数据显示，今年上半年，全国棉纱产量增长回落。"
     "上半年棉纱产量1356.8万吨，同比增长6.2%。", "1356.8万吨", "中国"),
    ("东方财富发布2024年中报\n东方财富证券上半年实现营业收入41.77亿元，继续保持稳定发展。利润总额增长12.5%，"
     "经纪业务市场份额继续提升。", "12.5%", "东方财富证券"),
    # what a sentence built or renamed (建成…固原市医院, 更名为海南医科大学) is not the subject of the next one
    ("宁夏回族自治区2024年政府工作报告\n持续完善医疗卫生服务体系，筹资11.5亿元建成自治区疾控中心和固原市医院。"
     "投资5.8亿元，启动建设国家重大传染病防治基地。新增医疗床位800多张。", "800多张", "宁夏"),
    ("海南省2024年政府工作报告\n高等教育加快发展，办学水平持续位居全国前列，一批学科进入全国前列。海南医学院更名为海南医科大学。"
     "新设立4所高校。新增9个博士学位授权点。", "4所", "海南"),
    # a company named by its short name alone, opening an item of a digest before its time (理想汽车第二季度…)
    ("陆家嘴财经早餐2024年8月29日星期四\n公司新闻\n12、理想汽车第二季度收入总额317亿元，同比增长10.6%；汽车总交付量为108581辆，"
     "同比增长25.5%。", "108581辆", "理想汽车"),
    ("陆家嘴财经早餐2024年8月29日星期四\n公司新闻\n3、比亚迪上半年实现营业收入3011亿元，同比增长15.8%，净利润136亿元，"
     "同比增长24.4%。", "136亿元", "比亚迪"),
    # a line headed by a sector and a colon (风电：…) is no digest's item: the sector is no company; nor is a
    # sentence's opening comparison (相比2020年…) or time (而到2015年…)
    ("可再生能源“十二五”规划目标\n发布时间：2011-09-02\n全国商品化可再生能源比重要达到9.5%以上。\n"
     "风电：并网风电累计装机容量要达1亿千瓦，其中，分布式风电累计装机达2500万千瓦。", "1亿千瓦", "中国"),
    ("江苏GDP迈上新台阶\n江苏2021年GDP为116364.2亿元，迈上11万亿元新台阶。相比2020年102719亿元的GDP，增加了约1.36万亿元。",
     "约1.36万亿元", "江苏"),
    # 自治州, 自治区, 自治县 alone stand for the document's prefecture, region or county, as 全州 does
    ("博尔塔拉蒙古自治州2025年国民经济和社会发展统计公报\n时间：2026-04-20 09:52\n三、工业和建筑业\n"
     "年末自治州规模以上工业企业150家。分县市看，博乐市工业增加值增长17%；精河县工业增加值增长20.1%；温泉县工业增加值增长27.3%。\n"
     "自治州地方规模以上工业企业实现营业收入303.83亿元、增长14.9%。", "303.83亿元", "博尔塔拉蒙古自治州"),
    # a place right before its growth (博乐市增长23.7%) is the place; the parts a breakdown names (分县市看，…；…)
    # keep their figures and are not carried to the sentence after it
    ("博尔塔拉蒙古自治州2025年国民经济和社会发展统计公报\n时间：2026-04-20 09:52\n五、固定资产投资\n"
     "自治州地方房地产开发投资增长36.3%。分县市看，博乐市增长23.7%；精河县增长48.7倍。全年商品房销售面积40.45万平方米。",
     "23.7%", "博乐市"),
    ("博尔塔拉蒙古自治州2025年国民经济和社会发展统计公报\n时间：2026-04-20 09:52\n五、固定资产投资\n"
     "自治州地方房地产开发投资增长36.3%。分县市看，博乐市增长23.7%；精河县增长48.7倍。全年商品房销售面积40.45万平方米。",
     "40.45万平方米", "博尔塔拉蒙古自治州"),
    # words before a sentence's time that end in 的, 从, 在, 于 are no company's name (刚刚过去的2025年,
    # 人均GDP从2020年的…, 前者体现在2009年的…)
    ("2026年山西省政府工作报告\n刚刚过去的2025年，全省地区生产总值增长4%，高于全国1.8个百分点。", "4%", "山西"),
    ("2026年山西省政府工作报告\n人均GDP从2020年的5.2万元提高到2025年的7.4万元。", "7.4万元", "山西"),
    # a line of a digest opened by a name and a colon is about that name (丨飞猪：…)
    ("五一假期出游数据出炉\n各大平台发布五一假期出行数据，国内旅游市场迎来全面复苏，多项指标创下历史新高。\n"
     "丨飞猪：门票预订量同比增长超420%，酒店预订量同比增长超200%，租车量同比增长超10倍。", "超200%", "飞猪"),
    # the state groups the press names by short names are companies (中石油, companies.tsv abroad): a clause of
    # one and its figure is that company's (…中石化93号汽油价格为8380元/吨，中石油为8350元/吨)
    ("成品油批发价格走势\n发布时间：2011-06-03\n1月11日，中石化93号汽油价格为8380元/吨，中石油为8350元/吨。",
     "8350元/吨", "中石油"),
    # a listed company's short name may start right after a time's 月 or 年 (2021年11月比亚迪装车量…;
    # subject_words.tsv before_name)
    ("动力电池装车量\n2021年11月比亚迪装车量为3.46GWh，占比16.6%。", "3.46GWh", "比亚迪"),
    # …but a numbered item's label before a colon (1.码头：现有泊位12个) names what its figures count, no company:
    # they are of what the text is about
    ("青岛港概况\n1.码头：现有生产性泊位12个，货物吞吐能力达到3200万吨。", "12个", "青岛港"),
    # an opening that is a preposition, an adverb or a source (根据中报披露, 尤其一季度, 官方：) names no
    # company (the company the head names is the subject), and one stops before the adverbs after a name
    # (铁道部此前曾公布 → 铁道部)
    ("万科发布2011年中报\n根据中报披露数据计算，新增项目的权益建筑面积约161万平方米，平均楼面地价每平方米1937元，成本有所下降。",
     "约161万平方米", "万科"),
    ("发布时间：2011-08-09\n结算在时间上并不均匀，也不平衡。尤其一季度，80%的结算集中在少数几个城市，整体毛利率因此下降了一些，利润随之回落。",
     "80%", None),
    ("铁路运输企业一季度亏损\n铁道部此前曾公布，2009年其税后利润为27.4亿元，2010年的利润数据则没有公布，外界对此多有猜测。",
     "27.4亿元", "铁道部"),
    # a wholesale market is a body whose prices are its own (北京新发地批发市场)
    ("猪肉价格普遍下降\n北京新发地批发市场价格监测显示，本周白条猪的平均批发价格为每公斤21.5元，比上周下降了3.6%，降幅较为明显。",
     "每公斤21.5元", "北京新发地批发市场"),
    # where a speaker heads something (…研究所(下称南方所)所长林建宁指出) is not what the figures are of
    ("医药工业上半年运行平稳\n国家食品药品监督管理局南方医药经济研究所(下称南方所)所长林建宁指出，上半年医药工业总产值增长25.4%，"
     "增速比上年同期有所回落。", "25.4%", None),
    # in a text about the whole country, a province named in an example paragraph stays in it
    ("粮食总产量再创新高\n12月6日，国家统计局公布数据，全国粮食总产量13657亿斤，比上年增加267亿斤，全国粮食再获丰收，连续七年保持在1.3万亿斤以上。\n"
     "在江苏，利用全程无人驾驶农机作业的水稻田每亩增产200斤，农药化肥施用量明显降低，种粮效益也得到了明显的提高。\n"
     "王明华说，2021年，夏粮产量为2919亿斤，比上年增加62亿斤，秋粮产量也保持了较好的增长势头，为全年丰收奠定了基础。",
     "2919亿斤", "中国"),
    # a listed company whose name opens with a place (贵州茅台, 中国东航) is the company, not the place
    ("白酒股走强\n上周五，贵州茅台以206.28元收盘，上涨1.40%，在除权不久后就重新回到了200元的股价之上，继续领涨白酒板块。",
     "206.28元", "贵州茅台"),
    ("航空股走强\n运输板块在节前最后一个交易日攀升，其中，中国国航上涨近8%，中国东航上涨2.14%，机场股也有所上涨。",
     "2.14%", "中国东航"),
    # but a place's sector written the same way is the place's (江苏银行业金融机构)
    ("江苏金融运行平稳\n年末，江苏银行业金融机构本外币各项存款余额20.5万亿元，"
     "比年初增加1.9万亿元，增速保持较快水平。",
     "20.5万亿元", "江苏"),
    # a platform reporting its own figures (携程数据显示…) is their subject
    ("清明小长假出游\n携程数据显示，今年清明小长假露营产品预订量同比增长超3倍，其中广东露营产品订单量位居全国前列。",
     "超3倍", "携程"),
    # 全省 in a text that names only cities is their province, not the last city named
    ("2024年，贵阳市、遵义市地区生产总值分别为5500亿元和4800亿元。全省粮食产量达到1100万吨，比上年增长1.2%。",
     "1100万吨", "贵州"),
    # a title naming a body that publishes the country's figures (人民银行, 海关总署) makes the text national
    ("人民银行发布2024年前三季度金融统计数据报告\n9月末，广义货币(M2)余额309.48万亿元，同比增长6.8%，增速保持平稳。",
     "309.48万亿元", "中国"),
    # a place named as excepted (除台湾省外) is not what the figures are of
    ("风能：连续四年翻番\n2009年我国除台湾省外新增风电装机10129台，装机容量1380.32万千瓦，超过美国排名全球第一。",
     "1380.32万千瓦", "中国"),
    # a year before 公司 (2010年公司…) is a time, not part of a company's name: 公司 is the document's
    ("承德露露增长遇瓶颈\n承德露露公布了2011年一季报。2010年公司杏仁的采购价比去年同期高了19.23个百分点，成本压力加大。",
     "19.23个百分点", "承德露露"),
    # a platform citing its own data (飞猪报告显示) is what the next sentences' figures are of
    # (one named after the last figure goes before that figure's subject)
    ("清明假期出游\n携程数据显示，携程清明节总预订量同比增长300%。飞猪报告也显示，清明期间旅游市场出现井喷势头。"
     "清明旅游预订量同比涨超450%，已超过2019年同期。", "超450%", "飞猪"),
    # a title naming one province over a story of many is one example, not the story's place
    ("解码一季度GDP：江西领跑全国\n国家统计局公布了全国一季度主要经济数据，已经有28个省份公布了一季度GDP数据。"
     "广东、江苏、山东、浙江、河南、四川、福建、湖南、湖北、安徽、上海超过万亿，江西增速居首。\n"
     "今年一季度，上述省份GDP平均增长5.2%，经济运行总体平稳。", "5.2%", "中国"),
    ("江西一季度GDP增速领跑全国\n一季度，江西地区生产总值7200亿元，增长6.9%。江西工业增加值增长9.1%，江西投资增长12%。",
     "7200亿元", "江西"),
    # a list of places joined by 和 takes its numbers one each, with 分别为 or 分别以
    ("一季度GDP\n湖北、安徽和上海GDP分别为10804.66亿元、10347.7亿元和10010.25亿元。", "10347.7亿元", "安徽"),
    ("一季度GDP\n湖北、安徽和上海分别以10804.66亿元、10347.7亿元和10010.25亿元，首次进入一季度GDP万亿俱乐部。",
     "10804.66亿元", "湖北"),
    # 全省 after a province named in its sentence is that province, not the document's
    ("广东、江苏、山东经济领跑全国\n2021年，广东GDP达到12.4万亿元，继续居全国首位。\n"
     "江苏省统计局分析称，2021年，全省GDP迈上11万亿元新台阶，其中制造业增加值突破4万亿元。", "突破4万亿元", "江苏"),
    # a newspaper (上海证券报, 证券时报) is no company
    ("五一假期出游火爆\n据上海证券报，今年“五一”假期，多个平台的机票预订量同比增长超过500%，酒店预订量同比增长超过200%。",
     "超过200%", None),
    # a list of places named before 分别: each number its place
    ("2024年，贵阳市、遵义市地区生产总值分别为5500亿元和4800亿元。", "5500亿元", "贵阳市"),
    ("2024年，贵阳市、遵义市地区生产总值分别为5500亿元和4800亿元。", "4800亿元", "遵义市"),
    # a text that speaks of 全县 and names one county by its full name anywhere (车站位于柳河县城) is that county's
    ("交通运输\n一、公路基本情况\n全县境内公路总里程为1462.7公里，其中：国道1条66.1公里。\n二、铁路\n"
     "车站位于柳河县城，距柳河县三源浦镇西18公里。", "1462.7公里", "柳河县"),
    # a sentence opening with a forecast's verb before its time names no company (预测2021年上半年…)
    ("旅游经济报告\n预测2021年上半年国内旅游人数17.22亿人次。", "17.22亿人次", None),
    # the bank's domestic or overseas branches taken together (境内分行, 境外机构) are a kind of its bodies, and a
    # village or a countryside called safe or beautiful (平安乡村, 美丽乡村) a kind of place: neither is a name
    ("华夏银行股份有限公司2024年第一季度报告\n报告期末，公司贷款总额24000亿元，其中，境内分行贷款增加1200亿元。"
     "存款总额26000亿元。", "26000亿元", "华夏银行股份有限公司"),
    # 全省 in a text of no province of its own that names one province only (its agency, far before) is that
    # province, though the text speaks of the country too; naming two, it is neither
    ("菜价缘何走高\n发布时间：2012-03-08\n进入冬季，原本是蔬菜消费的平稳时期，菜价却一反常态不断上涨，市民普遍感到了压力，"
     "不少餐馆也不得不调整菜单。湖南省农业厅监测显示，蔬菜价格连续上涨。全国菜价普遍上涨。\n"
     "市民普遍感到菜价上涨的压力。全国生猪存栏有所下降。\n据统计，全省蔬菜产量1200万吨，同比减少2.1%。",
     "1200万吨", "湖南"),
    ("菜价缘何走高\n发布时间：2012-03-08\n进入冬季，原本是蔬菜消费的平稳时期，菜价却一反常态不断上涨，市民普遍感到了压力，"
     "不少餐馆也不得不调整菜单。湖南省农业厅和湖北省农业厅监测显示，蔬菜价格连续上涨。全国菜价普遍上涨。"
     "\n市民普遍感到菜价上涨的压力。全国生猪存栏有所下降。\n据统计，全省蔬菜产量1200万吨，同比减少2.1%。",
     "1200万吨", "中国"),
    # a name runs across no word of cause or drafting (因, 编制, 修订: subject_words.tsv, no_name): 品牌因集团调整,
    # 编制修订公司…规划 hold no company
    ("某某电子股份有限公司2018年年度报告\n显示器业务对产品结构进行调整，XYZ系列品牌因集团调整占比减少，"
     "长城品牌占比22.41%。", "22.41%", "某某电子股份有限公司"),
    ("某某电子股份有限公司2018年年度报告\n根据节能减排行动计划，编制修订公司节能规划，全年投入技改资金1.5亿元。",
     "1.5亿元", "某某电子股份有限公司"),
    # (自治区 as one level of a list of them is no scope word)
    ("菜价缘何走高\n发布时间：2012-03-08\n进入冬季，原本是蔬菜消费的平稳时期，菜价却一反常态不断上涨，市民普遍感到了压力，"
     "不少餐馆也不得不调整菜单。湖南省农业厅监测显示，蔬菜价格连续上涨。全国菜价普遍上涨。\n全国生猪存栏有所下降。"
     "到2011年底，菜价补贴标准超过100元的省、自治区、直辖市超过9个。", "超过9个", "中国"),
    # a foreign country opening its clause (after its time, or other countries listed before it) is whose
    # figure it is (countries.tsv); inside a clause it qualifies what is measured (an origin, a market, a
    # part, a place where), and in brackets inside a name it breaks no name
    ("国际能源形势综述\n原油价格走势分化。2022年6月，美国CPI同比上涨9.1%，创40年新高。", "9.1%", "美国"),
    ("国际能源形势综述\n今年一季度，外商投资保持增长，法国、英国、德国投资分别增长173.3%、135.3%、14.2%。",
     "135.3%", "英国"),
    ("国际能源形势综述\n煤炭进口增加，按澳洲BJ动力煤价格计算，到岸价每吨上涨40美元。", "40美元", None),
    ("国际能源形势综述\n今年前5个月，全国机电产品出口美国1200亿元。", "1200亿元", "中国"),
    ("国际能源形势综述\n今年前5个月，美国市场占全国出口的比重为16.2%。", "16.2%", "中国"),
    # a town's own text (its name the title: 柳河镇, 红石乡) is the town's, and 全镇, 全乡 stand for it; a word ending
    # in 镇 that is no place's name (外贸重镇: generic_names.tsv) names none
    ("红石镇\n一、基本情况\n红石镇位于柳河县东部，距县城30公里。全镇幅员面积244平方公里，辖23个行政村。",
     "244平方公里", "红石镇"),
    ("外贸重镇转型记\n一、基本情况\n东莞市位于广东省中南部。全市进出口总额增长5%。", "5%", "东莞市"),
    ("中石油（哈萨克斯坦）阿克纠宾公司简介\n公司目前年产油气当量3000万吨。", "3000万吨", "阿克纠宾公司"),
    # what a place is named as (被评为“…之乡”, 获评) is a title it won, not a place the figures after it are of
    ("政府工作报告\n各位代表：\n现在，我代表清苑县人民政府向大会报告工作。\n2004年工作回顾\n"
     "大棚西瓜突破1万亩，被评为“河北西瓜特产之乡”；畜牧业建成养牛小区7个。", "7个", "清苑县"),
    # a province's title a county's units gain (新增山东省院士工作站, 入选, 获批: subject_words.tsv, makes_object) is
    # what was gained, not a place the figures after it are of
    ("高唐县人民政府工作报告\n2024年，全县地区生产总值增长6%。新增山东省院士工作站1家。认定高新技术企业27家。",
     "27家", "高唐县"),
    ("高唐县人民政府工作报告\n2024年，全县地区生产总值增长6%。入选山东省瞪羚企业5家。", "5家", "高唐县"),
    ("高唐县人民政府工作报告\n2024年，全县地区生产总值增长6%。获批山东省现代农业产业园2个。", "2个", "高唐县"),
    # names listed before 等 and a kind of thing (立中集团、古城香业等…企业, 修正生物医药产业园等项目) are examples
    # of it, not what the figures after them are of
    ("政府工作报告\n各位代表：\n现在，我代表清苑县人民政府向大会报告工作。\n"
     "产值超亿元企业达到13家，其中立中集团、古城香业等纳税超千万元的企业达到5家。", "5家", "清苑县"),
    ("政府工作报告\n各位代表：\n现在，我代表陕西省人民政府向大会报告工作。\n"
     "修正生物医药产业园等项目加快推进，工业投资增长9.4%。", "9.4%", "陕西"),
    ("政府工作报告\n各位代表：\n现在，我代表陕西省人民政府向大会报告工作。\n"
     "西安国家版本馆、陕西考古博物馆、省图书新馆等投入使用，年接待游客超过8亿人次。", "超过8亿人次", "陕西"),
    # a clause opening with 全球 is the world's, white space after its comma or not
    ("世界能源结构\n2017年， 全球能源需求增长了2.2%， 高于16年的1.2%。", "2.2%", "全球"),
    # an oil field is a body its figures are of (org_suffixes.tsv: 油田)
    ("油气新闻\n塔里木油田今年钻探超深气井27口，新建天然气产能20亿立方米。", "20亿立方米", "塔里木油田"),
    # a time word before a company's name is no part of it (subject_words.tsv, no_name: 昨晚, 今天)
    ("昨晚天齐锂业发布了三季报，报告期内公司营收同比下降4.93%。", "4.93%", "天齐锂业"),
]


@pytest.mark.parametrize("text", ["提升治理效能，推动平安乡村建设走深走实。", "其中，境内分行贷款增加1200亿元。",
                                  "境外分行存款增加300亿元。",
                                  # what a number measures or counts, its unit opening it, is no name either
                                  "今年新建30万千瓦光伏电站，年发电量4亿千瓦时。", "全年共有3.5万艘次船舶进出港。",
                                  "第45周猪肉批发市场周均价每公斤24.02元。",
                                  # a name holding a word of a kind (主流, 现役, 挂牌) is a kind of body
                                  "大同地区主流煤矿坑口价每吨上涨10元。", "全省现役燃煤电厂煤耗下降2克。",
                                  "新三板挂牌公司营业收入增长8%。",
                                  # a name that opens with a province's or a district's level word alone (the
                                  # place it belongs to named before a break) is that level's kind of body
                                  "去年，区互联网产业园营业收入增长12%。", "去年，省妇女儿童医院门诊量增长5%。",
                                  # a trade's companies, an insurer's line, a verb before a suffix
                                  "去年，租赁公司资产规模增长9%。", "全国财产保险公司保费收入增长6%。",
                                  "两年减少公司营业收入合计6.77亿元。", "受降价影响，拖累公司营业收入减少2亿元。",
                                  "去年，证券公司分公司数量增长5%。",
                                  # a town or a village has two characters before its suffix (含 村卫生室)
                                  "年末有医疗卫生机构（含村卫生室）4192个。",
                                  # a place by where it lies (沿海, 内陆) is a kind of place
                                  "沿海港口货物吞吐量突破20亿吨，内陆港吞吐量超过1.2亿吨。"])
def test_a_kind_of_place_or_body_or_a_thing_measured_is_no_name(text: str) -> None:
    assert entities(text, 0, len(text)) == []


@pytest.mark.parametrize(("document", "fact_text", "subject"), CASES, ids=[c[1] for c in CASES])
def test_subject(document: str, fact_text: str, subject: str | None) -> None:
    facts = {f.text: f for f in extract_text(document).facts}
    assert fact_text in facts, sorted(facts)
    assert facts[fact_text].subject == subject, facts[fact_text].rule


def test_gazetteer_covers_every_province_and_names_are_unique_per_province() -> None:
    places = lexicon.places()
    provinces = {short for _, short, level in lexicon.regions() if level == "province"}
    assert {p.province for p in places} <= provinces
    assert len({p.province for p in places}) >= 31
    assert sum(p.level == "prefecture" for p in places) >= 330
    seen: set[tuple[str, str]] = set()
    for p in places:
        assert (p.name, p.province) not in seen, p
        seen.add((p.name, p.province))
        assert not p.bare or (p.level == "prefecture" and len(p.short) >= 2), p


def test_the_company_an_opening_calls_gongsi_is_the_subject_of_its_gongsi() -> None:
    report = ("2025年半年度报告摘要\n"
              "黔能新材料股份有限公司（以下简称“公司”）主要从事电池材料的研发与生产，"
              "主要客户为宁德时代新能源科技股份有限公司，报告期内公司主营业务、主要产品及其用途、经营模式均未发生重大变化。\n"
              "上半年，公司实现营业收入25.6亿元，同比增长12.3%。\n")
    facts = {f.text: f.subject for f in extract_text(report).facts}
    assert facts["25.6亿元"] == facts["12.3%"] == "黔能新材料股份有限公司"


def test_quanshi_is_the_city_the_opening_names_when_the_title_names_none() -> None:
    release = ("上半年经济运行情况\n"
               "记者从清镇市统计局获悉，上半年全市经济运行稳中有进，主要指标好于预期，产业结构持续优化，"
               "与贵阳市的协作不断加深。\n"
               "全市规模以上工业增加值增长6.2%。\n")
    facts = {f.text: f.subject for f in extract_text(release).facts}
    assert facts["6.2%"] == "清镇市"


def test_a_byline_city_is_where_the_story_was_filed_not_what_it_is_about() -> None:
    story = ("27省份一季度GDP出炉\n"
             "记者  王红茹丨北京报道\n"
             "截至4月26日，至少已有27个省份发布了一季度GDP数据，全国经济稳步恢复，全国GDP同比增长18.3%。\n")
    facts = {f.text: f.subject for f in extract_text(story).facts}
    assert facts["18.3%"] == "中国"
    story = ("神木市GDP逼近千亿\n21世纪经济报道记者 陈洁 佛山报道\n"
             "近日，神木市发布统计月报。全市财政总收入484.74亿元。\n")
    facts = {f.text: f.subject for f in extract_text(story).facts}
    assert facts["484.74亿元"] == "神木市"


def test_gaixian_is_the_county_the_document_is_about() -> None:
    story = ("监利县抗旱纪实\n"
             "据县政府工作人员统计，截至5月26日，该县仍有94.03万亩耕地旱情严重，与周边的荆州市区相比更为突出。\n")
    facts = {f.text: f.subject for f in extract_text(story).facts}
    assert facts["94.03万亩"] == "监利县"


def test_places_listed_as_examples_are_not_carried_as_the_subject() -> None:
    story = ("海南生猪满足岛内供应\n"
             "今年3至4月，北京、广州、深圳等地猪价上涨，使海南生猪价格迅速上涨。1至6月份，生猪出岛85万头。\n")
    facts = {f.text: f.subject for f in extract_text(story).facts}
    assert facts["85万头"] == "海南"


def test_a_province_suffix_on_something_else_is_no_place() -> None:
    story = "海南生猪满足岛内供应\n根据省农业厅核查，目前全省生猪存栏534万头。\n"
    facts = {f.text: f.subject for f in extract_text(story).facts}
    assert facts["534万头"] == "海南"


def test_a_subject_is_not_carried_into_a_digest_s_next_item_nor_past_a_heading() -> None:
    digest = ("财经早餐\n"
              "1、恒生指数跌1.02%，恒生科技指数跌1.59%，南向资金净买入港股，其中"
              "腾讯控股遭净卖出6.01亿港元最多，市场情绪偏谨慎，成交额有所萎缩。\n"
              "2、截至8月28日，共有423家公司披露中报，整体业绩好于市场此前的普遍预期。\n")
    facts = {f.text: f for f in extract_text(digest).facts}
    assert facts["423家"].subject is None, facts["423家"].rule
    story = ("乡村振兴见闻\n近年来，平坝村的避暑旅居产业越办越红火，游客纷至沓来，村民的腰包也鼓了起来。\n"
             "从2018年的4家自发经营户，到如今的70户经营户，客房达到788间。\n"
             "新能源\n"
             "今年新增装机容量达到120万千瓦，清洁能源占比持续提高，电网结构不断优化完善。\n")
    facts = {f.text: f for f in extract_text(story).facts}
    assert facts["788间"].subject == "平坝村", facts["788间"].rule
    assert facts["120万千瓦"].subject != "平坝村", facts["120万千瓦"].rule


def test_a_run_in_topic_sentence_ends_the_reach_of_a_subject_named_before_it() -> None:
    # a work report's paragraph moves from topic to topic, each opened by a short sentence
    document = ("2025年海南省政府工作报告\n一、2024年工作回顾\n（三）统筹教育科技人才。高质量教育体系加快构建。"
                "海南医科大学新增博士学位授权点9个。科技创新优势加快培塑。研发经费投入增长25%。\n")
    facts = {f.text: f for f in extract_text(document).facts}
    assert facts["9个"].subject == "海南医科大学"
    assert facts["25%"].subject == "海南"


def test_a_prefecture_named_in_passing_is_not_carried_to_the_next_sentence() -> None:
    document = ("2025年内蒙古自治区政府工作报告\n过去一年，能源基地建设扎实推进，新能源装机规模持续扩大。"
                "乌海新增光伏装机120万千瓦。全区发电超8000亿度，外送电量3150亿度。"
                "粮食亩均产量增加24.2斤。\n")
    facts = {f.text: f for f in extract_text(document).facts}
    assert facts["120万千瓦"].subject == "乌海"
    assert facts["24.2斤"].subject == "内蒙古"


def test_a_province_opening_the_names_of_exchanges_and_indexes_is_not_the_document_s_region() -> None:
    digest = ("财经早餐2024年9月14日星期六\n09-14 06:30\n商品\n"
              "1、波罗的海干散货指数跌1.92%报1890点，连续两日下跌。上海航运交易所公布数据显示，中国出口集装箱指数报1818.31点，"
              "较上期下跌4.9%；上海出口集装箱指数报2510.95点。\n2、据上海有色网最新报价显示，国产电池级碳酸锂价格报7.43万元/吨。\n"
              "3、央行上海总部发布通知，跨境汇款缴税业务继续推进。\n4、美国当周石油钻井总数为488口。\n")
    facts = {f.text: f for f in extract_text(digest).facts}
    assert facts["488口"].subject != "上海"
    assert facts["1.92%"].subject != "上海"


def test_an_entity_ends_where_its_name_ends() -> None:
    # (an organisation's name extended past its suffix, 广深港 + 高铁…, 太原等铁路局 + 集团公司, ends where
    # the extension ends: the name is the text right before the entity's end, in every corpus text)
    texts = ["1月至10月，广深港高铁香港段发送旅客1200万人次。", "北京、太原等铁路局集团公司分别增长10%。"]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "real" / "dev" / "docs").glob("*.txt"))]
    for text in texts:
        for e in entities(text, 0, len(text)):
            assert text[e.end - len(e.name):e.end] == e.name, e


def test_a_place_opening_a_later_paragraph_goes_on_instead_of_the_last_fact_s() -> None:
    # (a story about many places: the place a new paragraph opens with is what its figures are about,
    # even in a sentence after one with no figure; tests/real/dev z03)
    text = ("消费市场扫描\n本报记者（2025年02月05日第 01 版）\n春节假期是传统消费旺季。\n"
            "春节假期，长春市手机等数码产品实现销售额9505万元，同比增长超300%。\n"
            "南京加力落实消费品以旧换新政策，春节期间举办促消费活动300余场。据统计，春节假期，南京市重点监测的"
            "90余家商贸企业累计实现销售额16.4亿元。\n"
            "春节假期，阜阳市各大商业综合体、美食街区开展了文旅商融合活动。截至目前，双清湾水街等12家美食街区"
            "累计接待游客148万人次。")
    facts = {f.text: f for f in extract_text(text).facts}
    assert facts["16.4亿元"].subject == "南京市"
    assert facts["12家"].subject == "阜阳市"


def test_a_title_opening_with_a_company_before_a_bare_year_names_the_document_s_company() -> None:
    # (苹果2011中国营收…: a year written without 年 after the name, as after 2011年; 公司 in the text is it)
    text = ("苹果2011中国营收38亿美元 同比增6倍\n发布时间：2011-07-22\n由于公司未来盈利仍然向好，"
            "有投行已将目标股价调高至480美元。")
    facts = {f.text: f for f in extract_text(text).facts}
    assert facts["480美元"].subject == "苹果"


def test_a_quantifier_before_a_place_s_suffix_makes_no_place() -> None:
    # 更多村, 都有村: more villages, every village has — no village called so
    for text in ("让更多村民吃上旅游饭。", "每个乡镇都有村卫生室。"):
        assert [e.name for e in entities(text, 0, len(text))] == [], text


def test_a_conjunction_before_gongsi_is_no_part_of_a_name() -> None:
    # 虽然公司预计…: the company the text speaks of, not a company called 虽然公司
    for text in ("毛利率受到挤压，虽然公司预计二季度好转。", "需求回暖，因此公司上调了全年目标。"):
        assert [e.name for e in entities(text, 0, len(text))] == [], text


def test_a_place_opening_a_kind_counted_is_a_name_but_not_the_last_of_a_list() -> None:
    from extract.attribute.subject import _place_before_count
    text = "广州一家百货公司"
    assert _place_before_count(text, 0, len(text)) == (0, 2, "广州", "place")
    text = "呼和浩特、西安、太原、北京4个铁路局集团公司"  # (the places are examples of the four)
    assert _place_before_count(text, text.index("北京"), len(text)) is None


def test_a_title_opening_with_a_measure_s_word_names_no_company() -> None:
    # (单季净利创历史新高: 单季 is a word before a measure, indicator_words.tsv prefix, not a company)
    from extract.attribute.subject import _title_company
    title = "单季净利创历史新高！13倍储能逆变器龙头半年报同比翻倍"
    assert _title_company(title, 0, len(title)) is None
    title = "德业股份净利创历史新高！储能逆变器龙头半年报同比翻倍"  # (the control)
    assert _title_company(title, 0, len(title)) == "德业股份"


def test_a_time_s_end_before_gong_si_is_no_part_of_a_name() -> None:
    # (截至2021年底公司的…: 年底 ends a time, then 公司 refers back; no company named 年底公司)
    text = "根据ENF数据，截至2021年底公司的自主品牌逆变器巴西拥有52家经销商。"
    assert [e.name for e in entities(text, 0, len(text))] == []


def test_a_body_whose_analysts_say_something_in_a_report_is_cited() -> None:
    # (中信建投朱玥、马王杰在8月17日研报中表示，…: the body is where the words come from, not what they are about)
    from extract.attribute.subject import cited
    text = "中信建投朱玥、马王杰在8月17日研报中表示，公司在巴西市场渠道建设良好。"
    assert cited(text, len("中信建投"))
    assert not cited("中信建投营业收入增长12%。", len("中信建投"))  # (the control)


def test_names_joined_by_he_before_etc_and_a_count_are_examples() -> None:
    # (华信电气股份有限公司和黔能集团等5家公司: both items of the list closed by 等5家, not its subject)
    from extract.attribute.subject import _in_counted_lists
    text = "上半年，华信电气股份有限公司和黔能集团等5家公司净利润增长。"
    examples = _in_counted_lists(text, entities(text, 0, len(text)))
    assert [e.name for e in examples] == ["华信电气股份有限公司", "黔能集团"]


def test_a_report_opening_with_a_listed_company_is_that_company_s_even_where_it_names_a_city() -> None:
    # (a results report with no title, its first words a listed company's name, then 公司 throughout: its
    # figures are the company's, though the text names 上海 for a subsidiary and 国内 as its market)
    text = ("沪硅产业成立以来，坚持以国内市场为主，面向国内外客户的多样需求，依靠自主研发形成较为完整的产品组合，"
            "并在上海建成新的生产基地。\n"
            "报告期内，公司营业收入36亿元，上海子公司产能达到每月30万片，上海基地投产。\n"
            "公司研发费用支出2.1亿元，国内客户占比超过六成。")
    facts = {f.text: f.subject for f in extract_text(text).facts}
    assert facts["36亿元"] == "沪硅产业"
    assert facts["2.1亿元"] == "沪硅产业"


def test_an_event_whose_figures_are_its_own_is_named_with_its_edition() -> None:
    # (org_suffixes.tsv: 广交会, 博览会 end an event's name; 第136届 is part of it, 本届 is not, and what opens
    # the clause before it is no part: 观众来自, 成功举办)
    for text, name in (("第136届广交会进口展共有308家企业参展。", "第136届广交会"),
                       ("本届广交会展览总面积116万平方米。", "广交会"),
                       ("今年成功举办国际航运产业博览会，吸引300余家企业参展。", "国际航运产业博览会")):
        assert [e.name for e in entities(text, 0, len(text))] == [name], text
    text = "广交会闭幕\n本届广交会展览总面积116万平方米，境外采购商超过20万人。"
    facts = {f.text: f.subject for f in extract_text(text).facts}
    assert facts["116万平方米"] == "广交会"


def test_a_division_s_short_name_ending_like_a_town_is_a_place() -> None:
    # 清镇 (of 清镇市) ends in 镇 after one character: the gazetteer holds it, so it stays a place
    text = "清镇肉鸡产业的产能达3000万羽。"
    assert [e.name for e in entities(text, 0, len(text))] == ["清镇"]


@pytest.mark.parametrize(("text", "name"), [("依据国际货物追踪公司的数据，到岸船舶65艘。", "国际货物追踪公司"),
                                            ("按照某某集团的规划，自给率达到30%。", "某某集团"),
                                            ("今年迎来雄安新区建设高峰，投资6832亿元。", "雄安新区")])
def test_a_preposition_or_a_verb_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    # (subject_words.tsv: 依据, 按照 leading_prep; 迎来 no_name)
    assert [e.name for e in entities(text, 0, len(text))] == [name]


@pytest.mark.parametrize(("text", "names"), [
    # a division its province names right before its short name (湖南邵东, 河北武安) is named so, though its short
    # name alone stands for no place
    ("在湖南邵东，打火机产业年生产总值超过150亿元。", ["湖南", "湖南邵东"]),
    ("河北武安今年小麦亩产500公斤。", ["河北", "河北武安"]),
])
def test_a_division_named_after_its_province_is_one_name(text: str, names: list[str]) -> None:
    assert [e.name for e in entities(text, 0, len(text))][:len(names)] == names


def test_a_province_s_name_after_a_province_is_no_division_of_it() -> None:
    # 海南 of 海南藏族自治州 after 青海 is the province's name too: no 青海海南
    text = "青海海南州光热项目装机100兆瓦。"
    assert "青海海南" not in [e.name for e in entities(text, 0, len(text))]


def test_a_verb_or_a_quarter_before_the_company_s_suffix_makes_no_name() -> None:
    # (subject_words.tsv, no_name: 回购, 注销, 季度, 单季, 复牌, 致电, 发现 — 所回购股份, 今年一季度公司 and
    # 记者致电公司 are clauses ending in 股份 or 公司, not names: the text's company is the subject)
    text = ("梅花生物：二季度产品价格保持较高水平\n财联社5月23日讯 梅花生物公告今年第三份股份注销计划。\n"
            "公司拟以自有资金回购股份，所回购股份用于注销，回购价格不超过12元/股。今年一季度公司营业收入达67.12亿元。"
            "记者以投资者身份致电公司，公司现金余额为30亿元。")
    facts = {f.text: f.subject for f in extract_text(text).facts}
    assert facts == {"不超过12元/股": "梅花生物", "67.12亿元": "梅花生物", "30亿元": "梅花生物"}


def test_a_listed_company_named_right_after_a_time_is_found() -> None:
    # (subject_words.tsv, before_name: 度 and 日 end a time a name may follow, as 年 and 月 do: 二季度京东方)
    facts = {f.text: f.subject for f in extract_text("二季度京东方的净利润将达到74亿元。").facts}
    assert facts == {"74亿元": "京东方"}


def test_a_demonstration_zone_named_with_its_place_is_the_text_s_subject() -> None:
    # (generic_names.tsv, zone_end: 济源示范区 is that place's zone, a name; its communiqué's 全年示范区… is its)
    text = ("2019年济源示范区国民经济和社会发展统计公报\n一、综合\n"
            "初步核算，全年示范区生产总值686.96亿元，比上年增长7.8%。")
    assert {f.text: f.subject for f in extract_text(text).facts} == {"686.96亿元": "济源示范区", "7.8%": "济源示范区"}


@pytest.mark.parametrize("text", ["借款较2019年末同比增长420.7%至87.06亿元。", "纵观2010年，全国销量增长5%。"])
def test_a_sentence_opening_with_a_comparison_or_a_verb_before_its_time_names_no_company(text: str) -> None:
    # (借款 + 较 + 2019年末: what is compared; 纵观 + 2010年: a verb of looking over the year)
    assert topic_name(text, 0, len(text)) is None


def test_names_read_the_same_whatever_the_hash_seed() -> None:
    # (two listed companies, one taken out of the organisation a suffix reads back, 福元医药是新和成控股: whether
    # the second is held by that organisation hung on the order a set of names was read in, so on the hash seed)
    code = ("from extract.attribute.subject import entities; t='其中，福元医药是新和成控股旗下的第二家上市公司。'; "
            "print([e.name for e in entities(t, 0, len(t))])")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)}
    assert outs == {"['福元医药', '新和成控股']\n"}

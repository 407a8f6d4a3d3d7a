"""Chinese words that give named things their class: the grammar of names, not a list of names.

A Chinese name ends in a head word that says what it is ("...部" ministry, "...公司" company,
"...论坛" forum, "...协定" agreement) and is written without spaces, so its start is found by
walking left from the head until a word that cannot be part of a name (punctuation, a particle,
a verb, a time word). People are written surname first, next to a title ("国家主席习近平",
"巴西总统卢拉"); transliterated foreign names join their parts with "·".

Everything here is general knowledge of the language and the genre; no entity of any document.
"""

from __future__ import annotations

from ..records import EntityClass as C

GOV, CO, ORG, IO = C.GOVERNMENT_BODY, C.COMPANY, C.ORGANIZATION, C.INTERNATIONAL_ORGANIZATION
AGR, PROJ, EVT, INIT = C.AGREEMENT, C.PROJECT, C.EVENT, C.INITIATIVE


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_HEADS_BY_CLASS: dict[C, str] = {
    # government bodies ("部" only after a portfolio, see MINISTRY_STEMS)
    GOV: """部 委员会 管理局 总局 局 总署 署 办公室 办公厅 大使馆 总领事馆 领事馆 使馆 议会 国会 参议院 众议院 国务院
        海关 央行 中央银行 法院 检察院 市政府 州政府 省政府 人民政府 司""",
    # companies
    CO: "公司 有限公司 股份有限公司 有限责任公司 集团 集团公司 银行 分行 支行 分公司 子公司 基金",
    # other organizations
    ORG: """协会 学会 商会 联合会 促进会 研究院 研究所 研究中心 中心 大学 学院 科学院 工程院 基金会 通讯社 日报 报社
        电视台 博物馆 实验室 智库 党 医院 秘书处 代表处""",
    # international organizations
    IO: "组织 联盟 共同体 理事会",
    # events
    EVT: """论坛 峰会 会议 会晤 博览会 展览会 交易会 洽谈会 研讨会 座谈会 推介会 对话会 年会 大会 圆桌会 研修班
        培训班 交流年 文化年 艺术节 电影节 文化节 运动会 大赛 交流周 文化周 外长对话 战略对话 展会 专题活动
        系列活动 主题活动 配套活动 磋商 政治磋商 战略磋商 联委会 混委会""",
    # agreements
    AGR: """协定 协议 条约 公约 备忘录 谅解备忘录 宣言 联合声明 声明 行动计划 议定书 合同 宪章 合作规划 合作文件""",
    # projects
    PROJ: """铁路 高铁 地铁 轻轨 港 港口 码头 电站 水电站 核电站 电厂 发电厂 风电场 项目 工程 大桥 隧道 公路 高速公路
        大坝 机场 运河 管道 炼油厂 工厂 产业园 工业园 园区 卫星 数据中心 输电线路 经济走廊 铜矿 锂矿""",
    # initiatives
    INIT: "倡议 战略 愿景 议程 命运共同体 计划",
}
HEADS: dict[str, C] = {w: cls for cls, words in _HEADS_BY_CLASS.items() for w in words.split()}
HEADS_BY_LENGTH: tuple[str, ...] = tuple(sorted(HEADS, key=len, reverse=True))

# Documents named in book-title marks: "《关于推进国际产能和装备制造合作的指导意见》".
DOCUMENT_HEADS: dict[str, C] = {"指导意见": INIT, "意见": INIT, "纲要": INIT, "方案": INIT, "规划": INIT}

# "X部" is a ministry only after a portfolio: "外交部", "农业和农村发展部", not "内部" or "西部".
MINISTRY_STEMS = _w(
    """外交 商务 财政 教育 国防 科技 科学技术 技术 农业 农村 农牧 交通 运输 卫生 健康 文化 旅游 能源
    矿业 矿产 矿产能源 工业 信息化 贸易 外贸 对外贸易 司法 内政 发展 规划 环境 生态环境 公共工程 基础设施 经济 劳工
    劳动 社会 住房 城乡建设 建设 水利 自然资源 应急管理 公安 安全 民政 社会保障 事务 生产 通信 电信 数字 科学 体育
    青年 妇女 宗教 移民 公共服务 服务 石油 电力 港口 海洋 渔业 林业 畜牧 生产发展 国土 计划 金融 投资 合作 创新 商业
    工贸 工商 人力资源 审计 监察 统战 宣传 组织 外联 对外联络 联络 旅游业 公共卫生 医疗 人民力量 外交和宗教
    畜牧业 农牧业 通讯 机场 民航 航空 邮政 海运 航运"""
)
# "X党" is a party only after these: "巴西劳工党", "古巴共产党", not "入党" or "政党".
PARTY_STEMS = _w(
    """共产 劳工 社会 民主 国民 自由 人民 革命 工人 统一 进步 保守 正义 联合 团结 绿 民族 和平 复兴 力量
    基督教民主 社会民主 社会主义 爱国 独立 共和 国家行动 全国行动"""
)
# "部长", "部门", "部署": 部 followed by these is another word.
NOT_AFTER = {
    "部": frozenset("长门分署落位队件下属委"),
    "司": frozenset("长机法令马空徒"),
    "局": frozenset("长势面部限"),
    "署": frozenset("长"),
    "中心": frozenset("城区"),
    "组织": frozenset("了召举开实编专各参起者结架机形和"),
    "港": frozenset("口澳台元币股人区务湾"),
    "会议": frozenset("室厅"),
    "项目": frozenset("部组"),
    "工程": frozenset("师院局"),
    "银行": frozenset("行业家"),
    "计划": frozenset("经单"),
    "党": frozenset("员委中组派"),
    "海关": frozenset("总"),
    "大会": frozenset("堂"),
    "集团": frozenset("化"),
    "战略": frozenset("性"),
}
# Characters that make the head part of another word: "格局", "签署", "核心", "香港".
NOT_BEFORE = {
    "局": frozenset("格布大结时政棋全当变战危乱开终出僵残赌饭骗邮"),
    "司": frozenset("公上官有"),
    "署": frozenset("签部"),
    "中心": frozenset("市核重圆为以"),
    "港": frozenset("香海开出进离抵靠入返回建通在"),
    "党": frozenset("政入建"),
    "计划": frozenset("有"),
    "战略": frozenset(""),
}
# Heads that need more than a country before them to be a name ("巴西政府" is a description).
GENERIC_HEADS = frozenset(
    _w(
        "公司 集团 银行 大学 中心 项目 工程 会议 大会 战略 计划 组织 协议 合同 声明 展会 议会 国会 港口 工厂 园区 "
        "子公司 分公司 分行 支行"
    )
)
# Words that describe a project rather than name it: "阿根廷最大水电工程项目".
PROJECT_DESCRIPTORS = _w(
    """基础 重大 标志性 示范 示范性 旗舰 民生 援助 援建 在建 已建 新建 续建 拟建 首个 最大
    最大规模 规模最大 中型 小型 水电 电力 交通 港口 铁路 公路 矿业 光伏 风电 新能源 清洁能源 可再生能源 基建 工程
    融资 贷款 试点 一期 二期 三期 扩建 改造 升级 现有 各类 东部 西部 南部 北部 中部 东北部 西北部 东南部 西南部 沿海
    内陆 周边 货运 客运 城市 高速 跨境 海上 陆上 输电 发电 水利 灌溉 供水 住房 医院 学校"""
)
# Words that begin the text before a head but describe rather than name: "该项目", "有关国家".
GENERIC_PREFIXES = _w(
    """该 此 本 这 那 各 每 其 上述 有关 相关 多家 一家 两家 数家 多个 一个 一批 一些 其他 其它
    所有 主要 重要 大型 中小 中资 外资 民营 国有 当地 地方 双边 多边 两国 双方 国内 国外 海外 境外 合资 新 老 大 小
    下属 这些 那些 我国 本国 外国 联合 共同 合作 战略合作 战略 全面 重点 系列 首批 部长级 领导人 高级别 高层 国际
    全球 区域 地区 各国 各方 相应 此次 本次 这次 本届 此届 该届 上届 下届 历届 今年 去年 明年 近年 近期 多项 多份
    多边 专业 行业 经贸 基础设施 投资 贸易 金融 能源 农业 科技 人文 文化 教育 卫生 旅游 产能 务实 互利 友好 政府间
    官方 民间 商业 建设 发展 交流 对话 务实合作 合作伙伴"""
)
# Text that may begin a name: ordinals, years and the China–X pair abbreviations ("中拉", "中巴").
PAIR_PREFIXES = _w(
    "中拉 中巴 中阿 中墨 中智 中秘 中古 中委 中哥 中厄 中乌 中玻 中牙 中美 中欧 中非 中俄 中日 中韩 中加"
)

# Walking left from a head stops at these characters (punctuation, particles, pronouns).
STOP_CHARS = frozenset(
    "，。、；：！？“”‘’《》「」『』（）()【】[]〈〉 \t\n,.;:!?\"'"
    "在于和与及同并的了是对向将为由被把从以也都而但就已还又即让给跟至据经自当这该此其各我你他她它们等称说率着"
)
# Two-character words in which a stop character is part of a name: "经济部", "自然资源部", "成都".
WORDS_WITH_STOP_CHARS = frozenset(
    """经济 经贸 经营 自然 自由 自治 自主 对外 同济 协同 共同 同盟 当代 成都 首都 京都
    其他 以色列 为民 和平 和谐 平等 等级 说明 率先 效率 汇率 他国 我国 该国 与会 及时 将军 至善 由于""".split()
)
# Verbs and time words that end the text before a name ("出席第四届..." -> the name starts after 出席).
STOP_WORDS = _w(
    """出席 参加 参与 举行 举办 主办 承办 召开 会见 会谈 会晤 签署 签订 访问 表示 指出 强调 宣布 发表
    启动 推动 促进 加强 深化 支持 欢迎 加入 成立 建立 承建 开幕 闭幕 致辞 见证 抵达 前往 出任 担任 主持 开展 落实
    推进 共建 打造 介绍 通过 达成 提出 发布 纳入 实施 援建 融资 发起 设立 筹备 庆祝 纪念 亮相 参展 出访 来华 访华
    率团 利用 依托 搭建 作为 成为 包括 涵盖 面向 与会 交由 负责 提供 收购 持有 携手 助力 推介 赴 同意 认为 希望 愿
    愿意 将于 正式 当地时间 北京时间 近日 日前 此前 今天 昨天 明天 当天 当日 上午 下午 晚上 目前 期间 之际 以来
    框架下 框架内 旗下 下属 隶属 所属 位于 地处 签约 投产 运营 竣工 开工 开通 建成 完成 取得 获得 共同 联合 分别 一道
    一起 积极 不断 进一步 首次 再次 成功 顺利 隆重 正式 日电 标志 意味 象征 成为 属于 时任 前任 现任 上市 一家 两家
    三家 多家 几家 数家 这家 去年 今年 明年"""
)
STOP_WORDS_BY_LENGTH: tuple[str, ...] = tuple(sorted(set(STOP_WORDS), key=len, reverse=True))

# Partnerships are named by their adjectives: "全面战略伙伴关系".
PARTNERSHIP_WORDS = _w("全面 战略 合作 全天候 友好 创新 综合 新时代 平等互利 全方位 紧密 更加紧密")

# Titles, matched longest first. Titles only China has say whose post it is.
TITLES = tuple(
    sorted(
        set(
            _w(
                """国家主席 国家副主席 国务院总理 国务院副总理 国务委员 总理 副总理 总统 副总统 主席 副主席 委员长
                部长 副部长 部长助理 外长 副外长 外交部长 大使 特命全权大使 总领事 领事 参赞 公使 秘书长 副秘书长
                执行秘书 主任 副主任 局长 副局长 司长 副司长 处长 署长 行长 副行长 董事长 副董事长 总经理 副总经理
                总裁 副总裁 首席执行官 院长 副院长 校长 副校长 会长 副会长 理事长 所长 市长 副市长 省长 州长 议长
                众议长 参议长 发言人 新闻发言人 记者 特使 特别代表 首相 国王 女王 总督 书记 总书记 教授 研究员 主编
                编辑 责任编辑 专家 学者 执行主任 常务副主任 总干事 副总干事 执行干事 特别助理 部长级代表 代办
                临时代办 总监 巡视员 一级巡视员 二级巡视员 调研员 一级调研员 二级调研员 专员 顾问 首席代表 负责人
                总工程师 总会计师 经理 董事 首席经济学家 分析师"""
            )
        ),
        key=len,
        reverse=True,
    )
)
CHINA_ONLY_TITLES = frozenset(_w("国家主席 国家副主席 国务院总理 国务院副总理 国务委员 委员长 总书记"))
REPORTER_TITLES = frozenset(_w("记者 编辑 责任编辑 主编"))
BYLINE_MARKERS = _w("记者 责任编辑 编辑 撰稿 摄影 作者 翻译 校对")

# Surnames, double surnames first (for the Han names people are printed with).
DOUBLE_SURNAMES = _w(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫 西门 百里"
)
SURNAMES = frozenset(
    """王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭
    曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白
    邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文
    牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮
    柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解
    牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂
    全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝
    官 封 谈 匡 鞠 惠 荆 乐 冀 郁 胥 南 班 储 原 栗 燕 楚 鄢 劳 谌 奚 皮 粟 冼 蔺 楼 盘 满 闻 位 厉 伊 仝 区 郜 海
    阚 花 权 强 帅 屠 豆 朴 盖 练 廉 禹 井 祖 漆 巴 丰 支 卿 国 狄 平 计 索 宣 晋 相 初 门 云 容 敬 来 扈 晁 芮 都
    普 阙 浦 戈 伏 鹿 薄 邸 雍 辜 羊 阿 乌 母 裘 亓 修 邰 赫 杭 况 那 宿 鲜 印 逯 隆 茹 诸 战 慕 危 玉 银 亢 嵇 公
    哈 湛 宾 戎 勾 茅 利 於 呼 居 揭 干 但 尉 冶 斯 元 束 檀 衣 信 展 阴 昝 智 幸 奉 植 衡 富 尧 闭 由 习 栗 赖 揭
    滑 蓟 泮 暴 第五""".split()
)
# Characters that never stand in a Han given name right after the surname (particles, verbs).
NOT_IN_GIVEN_NAME = frozenset("在和与同及等的了是说对向于也都就并而把被让从到已将率称为之其该此这那个们致表出会签访指")
# Text that may follow a person's name: verbs of speaking, meeting and attending, particles.
AFTER_NAME = _w(
    """出席 表示 指出 说 会见 会晤 会谈 在 于 和 与 同 及 等 的 也 还 率 率团 一行 先生 女士 致辞 主持
    宣布 强调 认为 介绍 称 透露 答 回答 接受 发表 签署 访问 抵达 通电话 分别 共同 一道 亲切 向 对 就 为 今天 日 当天
    近日 此前 昨天 近期 指 将 已 曾 是 则 都 又 再 所 致 代表 出访 来华 访华 应邀 现场 到 来到 参观 考察 视察 出任
    担任 宣读 讲话 致信 发来 贺信 说道 谈到 呼吁 希望 欢迎 感谢 祝贺 高度 积极 重申 提议 建议 提出 阐述 回顾 展望
    总结 听取 见证 颁发 主旨 参加 举行 进行 夫人 一同 率领 同志 表态 坦言 说明 补充 看来 认 称赞 赞赏 肯定 期待 相信
    注意到 提到 告诉 对话 讲述 评价 多次 曾经 一直 随即 随后 同时 亦 均 再次 首先 专门 已经 邀请 应邀 先后 日前
    共同出席 共同主持 共同见证 通过 分享 透过"""
)
AFTER_NAME_BY_LENGTH: tuple[str, ...] = tuple(sorted(set(AFTER_NAME), key=len, reverse=True))
# The middle dots machine translation and Chinese print between the parts of a foreign name.
NAME_DOTS = "·•・‧"
# Characters common in transliterated foreign names ("卢拉", "阿尔塞", "霍尔尼斯").
TRANSLITERATION = frozenset(
    "".join(
        """阿埃艾安奥巴拜班邦保贝本比彼毕别宾波伯博布查达戴丹道德迪蒂丁东杜多厄恩尔法凡菲费芬丰弗福盖甘冈戈格古瓜哈海汉豪
        赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库拉莱兰朗劳勒雷里利列林琳隆卢鲁路伦罗洛马玛迈麦曼梅蒙米明莫姆穆纳娜
        奈南内尼妮涅宁努诺欧帕派潘庞佩彭皮普奇齐恰乔切琼让热瑞若萨塞赛桑瑟森沙莎圣施什舒斯丝松苏索塔泰坦汤特提图托瓦
        万旺威韦维温文沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约扎泽詹兹佐丽勃娅茨莉贡门""".split()
    )
)

# Places that are no countries but say which country a body is in or where an event is held.
PLACES: dict[str, str] = {
    **{
        p: "CN"
        for p in _w(
            """北京 上海 天津 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南
            广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 深圳 广州 杭州 南京 武汉 成都 西安
            厦门 青岛 大连 宁波 苏州 福州 长沙 郑州 济南 沈阳 哈尔滨 长春 昆明 南宁 海口 三亚 博鳌 珠海 合肥 南昌
            太原 石家庄 呼和浩特 兰州 银川 西宁 乌鲁木齐 拉萨 贵阳 无锡 佛山 东莞 温州 义乌 烟台 泉州"""
        )
    },
    "香港": "HK",
    "澳门": "MO",
    "巴西利亚": "BR",
    "圣保罗": "BR",
    "里约热内卢": "BR",
    "布宜诺斯艾利斯": "AR",
    "圣地亚哥": "CL",
    "利马": "PE",
    "钱凯": "PE",
    "波哥大": "CO",
    "基多": "EC",
    "瓜亚基尔": "EC",
    "加拉加斯": "VE",
    "哈瓦那": "CU",
    "墨西哥城": "MX",
    "蒙得维的亚": "UY",
    "亚松森": "PY",
    "拉巴斯": "BO",
    "巴拿马城": "PA",
    "圣何塞": "CR",
    "马那瓜": "NI",
    "特古西加尔巴": "HN",
    "圣萨尔瓦多": "SV",
    "危地马拉城": "GT",
    "圣多明各": "DO",
    "太子港": "HT",
    "金斯敦": "JM",
    "西班牙港": "TT",
    "乔治敦": "GY",
    "帕拉马里博": "SR",
    "布里奇顿": "BB",
    "拿骚": "BS",
    "纽约": "US",
    "华盛顿": "US",
    "日内瓦": "CH",
}
PLACES_BY_LENGTH: tuple[str, ...] = tuple(sorted(PLACES, key=len, reverse=True))

# Relation cues.
ORGANIZE_VERBS = _w("联合主办 共同主办 主办 承办 举办 组织 发起 协办 牵头 指导 支持 联合举办 共同举办")
HOLD_VERBS = _w("举行 开幕 召开 举办 闭幕 落幕 启幕 开幕式 揭幕")
BUILD_VERBS = _w(
    "承建 建设 修建 投资建设 投资 运营 实施 设计 提供融资 融资 出资 负责运营 负责建设 总承包 施工 援建 开发"
)
JOIN_VERBS = _w("加入 正式加入 宣布加入")
SIGN_VERBS = _w("签署 签订 签约 共同签署 达成 缔结")
ATTEND_VERBS = _w("出席 参加 参与 与会 参展 出席了 参加了 亮相")
MEMBER_WORDS = _w("轮值主席国 候任主席国 主席国 成员国 创始成员国 成员")
OPERATE_VERBS = _w("投资 运营 设厂 建厂 开展业务 设立 承建 建设 经营 布局")

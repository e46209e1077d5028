#include "extract/lexicon.h"

#include <algorithm>
#include <cstring>

namespace plens::lex {

namespace {

using Cmp = Figure::Cmp;

struct Entry
{
    const char16_t *text;
    std::uint64_t classes;
    Cmp cmp = Cmp::Eq;
    int delta = 0;
};

// One list of words per class. A word in several lists gets the union of their classes (and the
// comparator of the list that gives one).
struct List
{
    std::uint64_t cls;
    std::initializer_list<const char16_t *> words;
};

const List kLists[] = {
    {Unit,
     {u"个百分点", u"百分点", u"人次", u"平方米", u"平方公里", u"千瓦时", u"兆瓦",   u"千瓦", u"公里", u"千米", u"公顷",
      u"标准机架", u"个",     u"家",   u"项",     u"架",       u"所",     u"座",     u"条",   u"台",   u"套",   u"户",
      u"人",       u"名",     u"位",   u"次",     u"场次",     u"场",     u"件",     u"款",   u"种",   u"元",   u"美元",
      u"吨",       u"亩",     u"米",   u"张",     u"部",       u"处",     u"宗",     u"篇",   u"本",   u"棵",   u"株",
      u"辆",       u"艘",     u"倍",   u"头",     u"只",       u"斤",     u"枚",     u"颗",   u"间",   u"栋",   u"幢",
      u"块",       u"支",     u"册",   u"例",     u"床",       u"分",     u"立方米", u"千克", u"公斤", u"%",    u"％",
      u"‰",        u"GW",     u"MW",   u"TB",     u"PB",       u"EB"}},
    {TimeUnit,
     {u"个月", u"年", u"月", u"日", u"天", u"小时", u"周", u"号", u"时", u"分钟", u"秒", u"世纪", u"周岁", u"岁",
      u"年代", u"季度", u"旬", u"点"}},
    {NameAfter,
     {u"位数",   u"届",     u"期",         u"批",     u"级",       u"强",     u"代",     u"版",       u"星",
      u"次会议", u"次全会", u"次全体会议", u"次产业", u"产业",     u"是",     u"化",     u"流",       u"体",
      u"之一",   u"类",     u"线",         u"号线",   u"环",       u"横",     u"纵",     u"中心城市", u"步走",
      u"维",     u"周年",   u"团",         u"军",     u"路",       u"国道",   u"大战略", u"大行动",   u"大工程",
      u"大产业", u"大任务", u"大片区",     u"大板块", u"大功能区", u"大体系", u"大基地"}},
    {NameAfterChinese,
     {u"个一", u"大", u"五", u"是", u"些", u"起", u"道", u"样", u"致", u"直",     u"定",     u"线",
      u"体",   u"手", u"流", u"生", u"心", u"站", u"路", u"边", u"带", u"位一体", u"险一金", u"通一平",
      u"核",   u"翼", u"区", u"园", u"城", u"山", u"湖", u"江", u"河", u"中",     u"旬"}},
    {GroupNoun, {u"部分", u"时期", u"阶段", u"方面",   u"个方面", u"环节",   u"层面",   u"维度", u"板块",
                 u"层次", u"步",   u"大类", u"种类型", u"种模式", u"个维度", u"个层次", u"能力", u"理念",
                 u"机制", u"原则", u"关系", u"意识",   u"精神",   u"矛盾",   u"短板",   u"难题", u"翻番",
                 u"规定", u"要求", u"禁令", u"准则",   u"纪律",   u"自信",   u"红线",   u"底线"}},
    {ParameterNoun,
     {u"任务", u"措施", u"举措", u"类别", u"原则", u"条款", u"条意见", u"条政策", u"项政策", u"项措施", u"项任务",
      u"项举措", u"条措施"}},
    {Verb,
     {u"建成", u"打造", u"建设", u"培育", u"新增",   u"形成",   u"实施", u"认定", u"创建", u"完成", u"实现", u"推动",
      u"推进", u"发布", u"吸引", u"开放", u"立项",   u"达成",   u"引进", u"支持", u"组织", u"布局", u"搭建", u"集聚",
      u"聚集", u"设立", u"新建", u"争创", u"建立",   u"遴选",   u"评选", u"入选", u"获批", u"获得", u"认证", u"通过",
      u"带动", u"开展", u"举办", u"办好", u"改造",   u"新改建", u"改建", u"扩建", u"修复", u"推广", u"引导", u"带动",
      u"吸纳", u"转化", u"招引", u"签约", u"开工",   u"投产",   u"落地", u"服务", u"帮助", u"救助", u"资助", u"培训",
      u"安置", u"接待", u"新开", u"开通", u"新开工", u"竣工",   u"筹集", u"争取", u"落实", u"保障", u"覆盖", u"惠及",
      u"拥有", u"有",   u"达到", u"达",   u"突破",   u"超过",   u"提高", u"提升", u"增长", u"增加", u"降低", u"下降",
      u"减少", u"压减", u"控制", u"保持", u"稳定",   u"为",     u"是",   u"共",   u"加快", u"探索", u"试点", u"推荐",
      u"补齐", u"储备", u"谋划", u"入库", u"选树",   u"命名",   u"创成", u"纳入", u"清理"}},
    {Adverb,
     {u"加快", u"积极",     u"大力", u"全面", u"持续", u"深入", u"进一步", u"着力",  u"努力", u"重点", u"力争", u"争取",
      u"确保", u"累计",     u"再",   u"已",   u"已经", u"将",   u"要",     u"共",    u"均",   u"分别", u"全年", u"全省",
      u"全市", u"全区",     u"全县", u"全州", u"全国", u"我省", u"我市",   u"我区",  u"本市", u"各类", u"其中", u"合计",
      u"总计", u"年内",     u"今年", u"当年", u"共计", u"了",   u"的",     u"和",    u"及",   u"等",   u"试点", u"探索",
      u"组织", u"积极推荐", u"先后", u"陆续", u"成功", u"有序", u"扎实",   u"高质量"}},
    {Hedge, {u"力争", u"争取", u"确保", u"原则上", u"力求", u"努力"}},
    {Forecast, {u"预计", u"预期将", u"预测", u"有望"}},
    {Future,
     {u"将",     u"拟",   u"计划", u"目标", u"预期目标", u"主要目标", u"发展目标", u"目标任务", u"今年要", u"明年",
      u"下一步", u"今后", u"力争", u"争取", u"确保",     u"力求",     u"努力",     u"要",       u"须",     u"必须"}},
    {Past, {u"已",       u"已经",     u"截至",     u"截止",   u"目前",     u"现有",   u"共有",     u"实现了",
            u"完成了",   u"达到了",   u"建成了",   u"新增了", u"取得了",   u"去年",   u"上年",     u"过去一年",
            u"过去五年", u"今年以来", u"年初以来", u"上半年", u"前三季度", u"一季度", u"前两个月", u"一年来",
            u"五年来",   u"近年来",   u"近五年",   u"以来",   u"先后"}},
    {Change,
     {u"同比", u"比上年", u"较上年", u"比去年", u"较去年", u"比上年末", u"较上年末", u"比上年同期", u"环比", u"年均",
      u"增长", u"下降", u"增加", u"减少", u"上涨", u"回落", u"提高", u"降低"}},
    {Cumulative, {u"累计", u"共", u"总计", u"合计", u"共计", u"总量", u"总数"}},
    {Threshold, {u"及以上", u"及以下", u"（含）", u"(含)", u"含）以上", u"以上（含", u"以下（含"}},
    {Support, {u"补助", u"奖励", u"补贴", u"贴息", u"资助", u"扶持", u"奖补", u"支持资金"}},
    {Cap, {u"最高", u"最多", u"上限", u"封顶"}},
    {PerCase, {u"单个", u"每个", u"每家", u"每户", u"每人", u"每项", u"每年每人"}},
    {NumeralWord,
     {u"十分",     u"万分",     u"统一",     u"唯一",     u"进一步",   u"一批",       u"一体",     u"一体化",
      u"一线",     u"一流",     u"一致",     u"一直",     u"一定",     u"一起",       u"一道",     u"一样",
      u"一些",     u"一般",     u"一旦",     u"万一",     u"一系列",   u"一带一路",   u"一张蓝图", u"一张图",
      u"一张网",   u"一朵云",   u"一码通",   u"一是",     u"二是",     u"三是",       u"四是",     u"五是",
      u"六是",     u"七是",     u"八是",     u"九是",     u"十是",     u"一方面",     u"另一方面", u"一把手",
      u"一网通办", u"一网统管", u"一件事",   u"一站式",   u"一窗",     u"一揽子",     u"一如既往", u"一以贯之",
      u"一心一意", u"一个中心", u"一盘棋",   u"十四五",   u"十三五",   u"十五五",     u"十二五",   u"二十大",
      u"十九大",   u"两会",     u"三农",     u"三公",     u"两新",     u"两重",       u"双碳",     u"两个确保",
      u"两个维护", u"四个意识", u"四个自信", u"五位一体", u"四个全面", u"三大攻坚战", u"千方百计", u"万众",
      u"千家万户", u"千兆",     u"百强",     u"千亿级",   u"百亿级",   u"万亿级",     u"一号文件", u"两岸",
      u"三线",     u"六稳",     u"六保",     u"一些",     u"第一",     u"一手",       u"一点",     u"一路",
      u"一下",     u"一同",     u"一齐",     u"一律",     u"一度",     u"一贯",       u"一切",     u"一起",
      u"二级",     u"三级",     u"一级",     u"十大",     u"百千万",   u"一村一品",   u"一县一策", u"一企一策",
      u"一事一议", u"一区多园", u"一园多区", u"一核",     u"两翼",     u"多点",       u"一主",     u"五大",
      u"两大",     u"三大",     u"四大",     u"六大",     u"七大",     u"八大",       u"九大",     u"一心",
      u"百年",     u"千年",     u"万年",     u"两手",     u"两不愁",   u"三保障",     u"四梁八柱"}},
    {ReviewHeading,
     {u"回顾",     u"过去一年",   u"过去五年", u"过去的一年", u"工作总结", u"取得的成就", u"取得成就",
      u"主要成就", u"主要成效",   u"成效",     u"发展基础",   u"现状",     u"基本情况",   u"进展情况",
      u"完成情况", u"执行情况",   u"主要成绩", u"工作成效",   u"发展成就", u"总体情况",   u"收支总体情况",
      u"决算情况", u"取得的成绩", u"上年",     u"去年"}},
    {PlanHeading,
     {u"主要目标", u"预期目标", u"发展目标", u"总体目标", u"目标任务", u"重点任务", u"主要任务", u"工作安排",
      u"工作部署", u"总体要求", u"工作思路", u"工作重点", u"重点工作", u"保障措施", u"行动计划", u"实施路径",
      u"主要指标", u"指标体系", u"今年",     u"下一步",   u"展望",     u"任务书",   u"路线图"}},
    {Opener, {u"到", u"至", u"截至", u"截止", u"直至"}},
    {Entity,
     {u"企业", u"项目", u"单位", u"主体", u"机构", u"个人", u"人员", u"家庭", u"农户", u"园区", u"工程", u"设备",
      u"产品", u"合同", u"采购"}},
    {Spec,
     {u"时速", u"车速", u"航速", u"秒速", u"电压", u"排量", u"功率为", u"海拔", u"深度", u"高度", u"长度为", u"口径",
      u"分辨率", u"精度", u"温度", u"气温", u"震级", u"级地震", u"里氏"}},
    {Rank, {u"第", u"前", u"居", u"位居", u"排名", u"排名第", u"跃居", u"跃升至第", u"列第", u"位列", u"名列"}},
    {NationalBody,
     {u"国务院",
      u"中共中央",
      u"中央",
      u"全国人大",
      u"国家发展改革委",
      u"国家发展和改革委员会",
      u"工业和信息化部",
      u"财政部",
      u"商务部",
      u"教育部",
      u"科技部",
      u"科学技术部",
      u"民政部",
      u"人力资源社会保障部",
      u"人力资源和社会保障部",
      u"自然资源部",
      u"生态环境部",
      u"住房城乡建设部",
      u"住房和城乡建设部",
      u"交通运输部",
      u"水利部",
      u"农业农村部",
      u"文化和旅游部",
      u"国家卫生健康委",
      u"国家统计局",
      u"中国人民银行",
      u"国家能源局",
      u"国家数据局",
      u"国家网信办",
      u"国家市场监管总局",
      u"国家税务总局",
      u"海关总署",
      u"应急管理部",
      u"退役军人事务部",
      u"国家医保局",
      u"国家林草局",
      u"国家乡村振兴局",
      u"国家知识产权局",
      u"国家体育总局",
      u"国家广电总局",
      u"国家文物局"}},
    {Addressee,
     {u"抄送", u"主送", u"各省、自治区、直辖市", u"各省、自治区", u"各自治区", u"各直辖市", u"新疆生产建设兵团",
      u"国务院各部委", u"各直属机构", u"各市、县", u"各市人民政府", u"各县", u"各设区市", u"各市、州", u"各区、县",
      u"各有关单位", u"各有关部门", u"各地级以上市"}},
    {ReportDoc,
     {u"公报",     u"决算",     u"年报",   u"总结", u"完成情况", u"执行情况", u"情况", u"回复", u"汇报", u"统计公报",
      u"工作报告", u"年度报告", u"白皮书", u"简报", u"通报",     u"答复",     u"复函", u"快报", u"动态", u"新闻"}},
    {PlanDoc,
     {u"规划", u"方案", u"计划", u"意见", u"要点", u"纲要", u"行动", u"办法", u"措施", u"通知", u"指南",
      u"政府工作报告", u"实施细则", u"若干政策", u"工作安排", u"预算"}},
    {Article, {u"场", u"次", u"番", u"下", u"遍", u"趟", u"回", u"阵", u"句", u"声", u"眼", u"步", u"招", u"份"}},
};

struct CmpEntry
{
    const char16_t *text;
    std::uint64_t cls;
    Cmp cmp;
};

const CmpEntry kComparators[] = {
    {u"不少于", CmpBefore, Cmp::Ge}, {u"不低于", CmpBefore, Cmp::Ge},   {u"不超过", CmpBefore, Cmp::Le},
    {u"不高于", CmpBefore, Cmp::Le}, {u"不大于", CmpBefore, Cmp::Le},   {u"不多于", CmpBefore, Cmp::Le},
    {u"超过", CmpBefore, Cmp::Gt},   {u"突破", CmpBefore, Cmp::Gt},     {u"高于", CmpBefore, Cmp::Gt},
    {u"低于", CmpBefore, Cmp::Lt},   {u"不足", CmpBefore, Cmp::Lt},     {u"降到", CmpBefore, Cmp::Le},
    {u"降至", CmpBefore, Cmp::Le},   {u"下降到", CmpBefore, Cmp::Le},   {u"下降至", CmpBefore, Cmp::Le},
    {u"控制在", CmpBefore, Cmp::Le}, {u"控在", CmpBefore, Cmp::Le},     {u"稳在", CmpBefore, Cmp::Ge},
    {u"升至", CmpBefore, Cmp::Ge},   {u"提至", CmpBefore, Cmp::Ge},     {u"稳定到", CmpBefore, Cmp::Ge},
    {u"压减到", CmpBefore, Cmp::Le}, {u"压缩到", CmpBefore, Cmp::Le},   {u"达到", CmpBefore, Cmp::Ge},
    {u"提高到", CmpBefore, Cmp::Ge}, {u"提升到", CmpBefore, Cmp::Ge},   {u"提升至", CmpBefore, Cmp::Ge},
    {u"提高至", CmpBefore, Cmp::Ge}, {u"增长到", CmpBefore, Cmp::Ge},   {u"增长至", CmpBefore, Cmp::Ge},
    {u"增加到", CmpBefore, Cmp::Ge}, {u"增加至", CmpBefore, Cmp::Ge},   {u"扩大到", CmpBefore, Cmp::Ge},
    {u"扩大至", CmpBefore, Cmp::Ge}, {u"保持在", CmpBefore, Cmp::Ge},   {u"稳定在", CmpBefore, Cmp::Ge},
    {u"保持", CmpBefore, Cmp::Ge},   {u"约", CmpBefore, Cmp::Approx},   {u"大约", CmpBefore, Cmp::Approx},
    {u"近", CmpBefore, Cmp::Approx}, {u"将近", CmpBefore, Cmp::Approx}, {u"接近", CmpBefore, Cmp::Approx},
    {u"逾", CmpBefore, Cmp::Gt},     {u"超", CmpBefore, Cmp::Gt},       {u"达", CmpBefore, Cmp::Ge},
    {u"至少", CmpBefore, Cmp::Ge},   {u"大于", CmpBefore, Cmp::Gt},     {u"小于", CmpBefore, Cmp::Lt},
    {u"最高", CmpBefore, Cmp::Le},   {u"最多", CmpBefore, Cmp::Le},     {u"最低", CmpBefore, Cmp::Ge},
    {u"力争", CmpBefore, Cmp::Ge},   {u"达到了", CmpBefore, Cmp::Ge},   {u"以上", CmpAfter, Cmp::Ge},
    {u"及以上", CmpAfter, Cmp::Ge},  {u"以下", CmpAfter, Cmp::Le},      {u"及以下", CmpAfter, Cmp::Le},
    {u"以内", CmpAfter, Cmp::Le},    {u"左右", CmpAfter, Cmp::Approx},  {u"上下", CmpAfter, Cmp::Approx},
    {u"多", CmpAfter, Cmp::Gt},      {u"余", CmpAfter, Cmp::Gt},
};

// Relative years: the year a word names against the year of writing (this year for a report's 全年).
const std::pair<const char16_t *, int> kRelativeYears[] = {
    {u"去年", -1},    {u"上年", -1},    {u"上一年", -1}, {u"明年", 1},   {u"下一年", 1}, {u"今年", 0},
    {u"全年", 0},     {u"年内", 0},     {u"当年", 0},    {u"本年", 0},   {u"上半年", 0}, {u"前三季度", 0},
    {u"今年以来", 0}, {u"年初以来", 0}, {u"今年要", 0},  {u"下半年", 0}, {u"四季度", 0}, {u"年底前", 0},
};

} // namespace

Lexicon::Lexicon()
{
    // Collect every word with the union of its classes.
    QList<Entry> entries;
    const auto add = [&entries](const char16_t *text, std::uint64_t cls, Cmp cmp, bool hasCmp) {
        for (Entry &e : entries) {
            if (QStringView(e.text) == QStringView(text)) {
                e.classes |= cls;
                if (hasCmp)
                    e.cmp = cmp;
                return;
            }
        }
        entries.append({text, cls, hasCmp ? cmp : Cmp::Eq});
    };
    for (const List &l : kLists) {
        for (const char16_t *w : l.words)
            add(w, l.cls, Cmp::Eq, false);
    }
    for (const CmpEntry &c : kComparators)
        add(c.text, c.cls, c.cmp, true);
    for (const auto &[word, delta] : kRelativeYears) {
        add(word, RelativeYear, Cmp::Eq, false);
        for (Entry &e : entries) {
            if (QStringView(e.text) == QStringView(word))
                e.delta = delta;
        }
    }

    m_words.reserve(entries.size());
    for (const Entry &e : std::as_const(entries))
        m_words.append(Word {QStringView(e.text), e.classes, e.cmp, e.delta});

    std::memset(m_firstMask, 0, sizeof m_firstMask);
    std::memset(m_lastMask, 0, sizeof m_lastMask);
    std::memset(m_firstIndex, 0, sizeof m_firstIndex);
    std::memset(m_lastIndex, 0, sizeof m_lastIndex);
    m_byFirst.append(QList<const Word *>()); // index 0: no words
    m_byLast.append(QList<const Word *>());
    for (const Word &w : std::as_const(m_words)) {
        const char16_t first = w.text.front().unicode();
        const char16_t last = w.text.back().unicode();
        if (!m_firstIndex[first]) {
            m_firstIndex[first] = quint16(m_byFirst.size());
            m_byFirst.append(QList<const Word *>());
        }
        if (!m_lastIndex[last]) {
            m_lastIndex[last] = quint16(m_byLast.size());
            m_byLast.append(QList<const Word *>());
        }
        m_byFirst[m_firstIndex[first]].append(&w);
        m_byLast[m_lastIndex[last]].append(&w);
        m_firstMask[first] |= w.classes;
        m_lastMask[last] |= w.classes;
    }
    const auto longestFirst = [](const Word *a, const Word *b) {
        return a->text.size() > b->text.size();
    };
    for (auto &l : m_byFirst)
        std::stable_sort(l.begin(), l.end(), longestFirst);
    for (auto &l : m_byLast)
        std::stable_sort(l.begin(), l.end(), longestFirst);
}

const Lexicon &Lexicon::instance()
{
    static const Lexicon *lexicon = new Lexicon; // lives for the process: threads read it freely
    return *lexicon;
}

const Word *Lexicon::longestAt(QStringView t, qsizetype pos, std::uint64_t mask) const
{
    const Word *found = nullptr;
    forEachAt(t, pos, mask, [&found](const Word *w) {
        found = w;
        return false;
    });
    return found;
}

const Word *Lexicon::longestEndingAt(QStringView t, qsizetype end, std::uint64_t mask) const
{
    if (end <= 0 || end > t.size())
        return nullptr;
    const char16_t c = t.at(end - 1).unicode();
    if (!(m_lastMask[c] & mask))
        return nullptr;
    const QStringView head = t.first(end);
    for (const Word *w : m_byLast.at(m_lastIndex[c])) {
        if ((w->classes & mask) && head.endsWith(w->text))
            return w;
    }
    return nullptr;
}

Hit Lexicon::find(QStringView t, qsizetype from, qsizetype to, std::uint64_t mask) const
{
    to = std::min(to, t.size());
    for (qsizetype i = std::max<qsizetype>(0, from); i < to; ++i) {
        if (!(m_firstMask[t.at(i).unicode()] & mask))
            continue;
        if (const Word *w = longestAt(t.first(to), i, mask))
            return {i, w->text.size(), w};
    }
    return {};
}

Hit Lexicon::findLast(QStringView t, qsizetype from, qsizetype to, std::uint64_t mask) const
{
    to = std::min(to, t.size());
    for (qsizetype i = to - 1; i >= std::max<qsizetype>(0, from); --i) {
        if (!(m_firstMask[t.at(i).unicode()] & mask))
            continue;
        if (const Word *w = longestAt(t.first(to), i, mask))
            return {i, w->text.size(), w};
    }
    return {};
}

} // namespace plens::lex

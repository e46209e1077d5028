#include "import/metadata.h"

#include "extract/gazetteer.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <utility>

namespace plens {

namespace {

const QString kDateRe
    = QStringLiteral("(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|[-/.](\\d{1,2})[-/.](\\d{1,2}))");

// Document-type words a title ends with, longest first; the value is the type reported.
const QList<std::pair<QString, QString>> &typeWords()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("答复的函"), QStringLiteral("答复")}, {QStringLiteral("复函"), QStringLiteral("答复")},
        {QStringLiteral("答复"), QStringLiteral("答复")},     {QStringLiteral("实施方案"), QStringLiteral("方案")},
        {QStringLiteral("工作方案"), QStringLiteral("方案")}, {QStringLiteral("行动方案"), QStringLiteral("方案")},
        {QStringLiteral("方案"), QStringLiteral("方案")},     {QStringLiteral("实施意见"), QStringLiteral("意见")},
        {QStringLiteral("指导意见"), QStringLiteral("意见")}, {QStringLiteral("意见"), QStringLiteral("意见")},
        {QStringLiteral("通知"), QStringLiteral("通知")},     {QStringLiteral("通报"), QStringLiteral("通报")},
        {QStringLiteral("简报"), QStringLiteral("简报")},     {QStringLiteral("报告"), QStringLiteral("报告")},
        {QStringLiteral("规划"), QStringLiteral("规划")},     {QStringLiteral("纲要"), QStringLiteral("规划")},
        {QStringLiteral("计划"), QStringLiteral("计划")},     {QStringLiteral("要点"), QStringLiteral("要点")},
        {QStringLiteral("办法"), QStringLiteral("办法")},     {QStringLiteral("细则"), QStringLiteral("办法")},
        {QStringLiteral("规定"), QStringLiteral("规定")},     {QStringLiteral("决定"), QStringLiteral("决定")},
        {QStringLiteral("公告"), QStringLiteral("公告")},     {QStringLiteral("批复"), QStringLiteral("批复")},
        {QStringLiteral("措施"), QStringLiteral("措施")},     {QStringLiteral("函"), QStringLiteral("函")},
    };
    return list;
}

// "行动方案（2024—2026年）", "实施意见(试行)": the type word comes before a closing parenthesis.
QString withoutTrailingParen(const QString &title)
{
    static const QRegularExpression paren(QStringLiteral("\\s*[（(][^（()）]{1,20}[)）]$"));
    QString t = title;
    t.remove(paren);
    return t;
}

QString typeOfTitle(QString title)
{
    // "关于印发X的通知" / "转发X的通知": the notice wraps the real document, whose type counts.
    static const QRegularExpression wrapper(QStringLiteral("(?:印发|转发|下发)(?:《)?(.+?)(?:》)?的通知$"));
    if (const auto m = wrapper.match(title); m.hasMatch())
        title = m.captured(1);
    title = withoutTrailingParen(title);
    for (const auto &[word, type] : typeWords()) {
        if (title.endsWith(word))
            return type;
    }
    return {};
}

bool endsWithTypeWord(const QString &title)
{
    const QString s = withoutTrailingParen(title);
    for (const auto &[word, type] : typeWords()) {
        if (s.endsWith(word))
            return true;
    }
    return false;
}

const QString kOrgSuffix
    = QStringLiteral("(?:厅|局|委员会|委|办公室|办公厅|人民政府|政府|小组|中心|研究院|院|部|署|会|公司)");

// Province and municipality abbreviations used in document numbers.
const QHash<QString, QString> &provinceAbbrev()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("京"), QStringLiteral("北京市")},
        {QStringLiteral("津"), QStringLiteral("天津市")},
        {QStringLiteral("沪"), QStringLiteral("上海市")},
        {QStringLiteral("渝"), QStringLiteral("重庆市")},
        {QStringLiteral("冀"), QStringLiteral("河北省")},
        {QStringLiteral("晋"), QStringLiteral("山西省")},
        {QStringLiteral("辽"), QStringLiteral("辽宁省")},
        {QStringLiteral("吉"), QStringLiteral("吉林省")},
        {QStringLiteral("黑"), QStringLiteral("黑龙江省")},
        {QStringLiteral("苏"), QStringLiteral("江苏省")},
        {QStringLiteral("浙"), QStringLiteral("浙江省")},
        {QStringLiteral("皖"), QStringLiteral("安徽省")},
        {QStringLiteral("闽"), QStringLiteral("福建省")},
        {QStringLiteral("赣"), QStringLiteral("江西省")},
        {QStringLiteral("鲁"), QStringLiteral("山东省")},
        {QStringLiteral("豫"), QStringLiteral("河南省")},
        {QStringLiteral("鄂"), QStringLiteral("湖北省")},
        {QStringLiteral("湘"), QStringLiteral("湖南省")},
        {QStringLiteral("粤"), QStringLiteral("广东省")},
        {QStringLiteral("琼"), QStringLiteral("海南省")},
        {QStringLiteral("川"), QStringLiteral("四川省")},
        {QStringLiteral("贵"), QStringLiteral("贵州省")},
        {QStringLiteral("黔"), QStringLiteral("贵州省")},
        {QStringLiteral("云"), QStringLiteral("云南省")},
        {QStringLiteral("滇"), QStringLiteral("云南省")},
        {QStringLiteral("陕"), QStringLiteral("陕西省")},
        {QStringLiteral("甘"), QStringLiteral("甘肃省")},
        {QStringLiteral("青"), QStringLiteral("青海省")},
        {QStringLiteral("桂"), QStringLiteral("广西壮族自治区")},
        {QStringLiteral("蒙"), QStringLiteral("内蒙古自治区")},
        {QStringLiteral("宁"), QStringLiteral("宁夏回族自治区")},
        {QStringLiteral("新"), QStringLiteral("新疆维吾尔自治区")},
        {QStringLiteral("藏"), QStringLiteral("西藏自治区")},
    };
    return map;
}

// Department abbreviations in document numbers (provincial level names).
const QList<std::pair<QString, QString>> &departmentAbbrev()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("政办发"), QStringLiteral("人民政府办公厅")},
        {QStringLiteral("政办"), QStringLiteral("人民政府办公厅")},
        {QStringLiteral("政发"), QStringLiteral("人民政府")},
        {QStringLiteral("工信"), QStringLiteral("工业和信息化厅")},
        {QStringLiteral("发改"), QStringLiteral("发展和改革委员会")},
        {QStringLiteral("科"), QStringLiteral("科学技术厅")},
        {QStringLiteral("财"), QStringLiteral("财政厅")},
        {QStringLiteral("人社"), QStringLiteral("人力资源和社会保障厅")},
        {QStringLiteral("商务"), QStringLiteral("商务厅")},
        {QStringLiteral("农"), QStringLiteral("农业农村厅")},
        {QStringLiteral("教"), QStringLiteral("教育厅")},
        {QStringLiteral("交"), QStringLiteral("交通运输厅")},
        {QStringLiteral("通信"), QStringLiteral("通信管理局")},
    };
    return list;
}

QString issuerFromNumber(const QString &number)
{
    if (number.size() < 2)
        return {};
    const QString province = provinceAbbrev().value(number.left(1));
    if (province.isEmpty())
        return {};
    const QString rest = number.mid(1);
    for (const auto &[abbr, dept] : departmentAbbrev()) {
        if (rest.startsWith(abbr))
            return province + dept;
    }
    return {};
}

QString regionOf(const QString &issuer)
{
    static const QRegularExpression province(QStringLiteral("^(.{2,7}?(?:自治区|省))"));
    static const QRegularExpression city(QStringLiteral("^(.{2,4}?市)"));
    // The more specific of the province and the city named at the start.
    if (const auto m = province.match(issuer); m.hasMatch()) {
        const QString rest = issuer.mid(m.capturedLength());
        if (const auto c = city.match(rest); c.hasMatch() && !c.captured(1).contains(QStringLiteral("人民")))
            return c.captured(1);
        return m.captured(1);
    }
    if (const auto c = city.match(issuer); c.hasMatch())
        return c.captured(1);
    return {};
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList out;
    const auto parts = text.split(QLatin1Char('\n'));
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

} // namespace

QDate parseChineseDate(const QString &text)
{
    static const QRegularExpression re(kDateRe);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const int y = m.captured(1).toInt();
    const int mo = (m.captured(2).isEmpty() ? m.captured(4) : m.captured(2)).toInt();
    const int d = (m.captured(3).isEmpty() ? m.captured(5) : m.captured(3)).toInt();
    const QDate date(y, mo, d);
    return date.isValid() ? date : QDate();
}

DocumentMeta extractMetadata(const QString &displayText, const MetadataHints &hints)
{
    DocumentMeta meta;
    const QStringList lines = nonEmptyLines(displayText);
    const qsizetype head = std::min<qsizetype>(lines.size(), 20);

    // Document number: abbreviation〔year〕number号, optionally a letter; [] and () are typed for 〔〕.
    static const QRegularExpression numberRe(
        QStringLiteral("([\\x{4E00}-\\x{9FFF}]{1,12})\\s*[〔［\\[(（【]\\s*((?:19|20)\\d{2})\\s*[〕］\\])）】]\\s*(\\d{"
                       "1,5})\\s*号([A-Za-z]?)"));
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 30) && meta.docNumber.isEmpty(); ++i) {
        auto it = numberRe.globalMatch(lines.at(i));
        while (it.hasNext()) {
            const auto m = it.next();
            QString prefix = m.captured(1);
            // The number's own abbreviation: the tail after a word such as 第 or 文号.
            static const QRegularExpression lead(QStringLiteral("^.*(?:文号|字号|编号|第)"));
            prefix.remove(lead);
            if (prefix.isEmpty())
                continue;
            meta.docNumber = prefix + QStringLiteral("〔") + m.captured(2) + QStringLiteral("〕") + m.captured(3)
                + QStringLiteral("号") + m.captured(4);
            break;
        }
    }

    // Title: the first line near the top that ends in a document-type word (after removing a
    // trailing publish-date label and surrounding book-title marks).
    static const QRegularExpression trailingLabel(
        QStringLiteral("\\s*(?:发布时间|发布日期|时间|日期|来源|发文日期|成文日期)[:：].*$"));
    static const QRegularExpression sentence(QStringLiteral("[。；！？]"));
    for (qsizetype i = 0; i < head; ++i) {
        QString t = lines.at(i);
        t.remove(trailingLabel);
        t = t.trimmed();
        if (t.startsWith(QStringLiteral("《")) && t.endsWith(QStringLiteral("》")))
            t = t.mid(1, t.size() - 2).trimmed();
        if (t.size() < 4 || t.size() > 100 || sentence.match(t).hasMatch() || t.contains(QStringLiteral("，")))
            continue;
        if (endsWithTypeWord(t)) {
            meta.title = t;
            break;
        }
    }
    if (meta.title.isEmpty()) {
        QString hint = hints.title.trimmed();
        static const QRegularExpression siteSuffix(QStringLiteral("\\s*[-_|｜—]+\\s*[^-_|｜—]*$"));
        if (!endsWithTypeWord(hint))
            hint.remove(siteSuffix);
        meta.title = hint;
    }
    if (meta.title.isEmpty() && !lines.isEmpty())
        meta.title = lines.first().left(80);

    // Signature: an organisation line followed by a date line; the first one wins (a notice that
    // transmits a document signs before the document starts).
    static const QRegularExpression orgLine(
        QStringLiteral("^([\\x{4E00}-\\x{9FFF}（）()]{3,30}%1)(?:\\s*(%2)\\s*(?:印发)?)?$").arg(kOrgSuffix, kDateRe));
    static const QRegularExpression dateLine(QStringLiteral("^%1\\s*(?:印发|发布)?$").arg(kDateRe));
    QDate signDate;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = orgLine.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        QDate d = m.captured(2).isEmpty() ? QDate() : parseChineseDate(m.captured(2));
        if (!d.isValid() && i + 1 < lines.size() && dateLine.match(lines.at(i + 1)).hasMatch())
            d = parseChineseDate(lines.at(i + 1));
        if (d.isValid()) {
            meta.issuer = m.captured(1);
            signDate = d;
            break;
        }
    }
    // Date: the signature's, else the first line that is only a date, else a labelled date.
    if (signDate.isValid()) {
        meta.date = signDate;
    } else {
        for (const QString &l : lines) {
            if (dateLine.match(l).hasMatch()) {
                meta.date = parseChineseDate(l);
                break;
            }
        }
    }
    static const QRegularExpression labelled(
        QStringLiteral("(?:发布时间|发布日期|时间|日期|发文日期|成文日期)[:：]\\s*(%1)").arg(kDateRe));
    if (!meta.date.isValid()) {
        for (qsizetype i = 0; i < head; ++i) {
            if (const auto m = labelled.match(lines.at(i)); m.hasMatch()) {
                meta.date = parseChineseDate(m.captured(1));
                break;
            }
        }
    }
    if (!meta.date.isValid())
        meta.date = hints.date;

    // Issuer, if no signature: the source label, the title's leading organisation, the number.
    if (meta.issuer.isEmpty()) {
        static const QRegularExpression source(
            QStringLiteral("来源[:：]\\s*([\\x{4E00}-\\x{9FFF}]{3,30}%1)").arg(kOrgSuffix));
        for (qsizetype i = 0; i < head && meta.issuer.isEmpty(); ++i) {
            if (const auto m = source.match(lines.at(i)); m.hasMatch())
                meta.issuer = m.captured(1);
        }
    }
    if (meta.issuer.isEmpty()) {
        static const QRegularExpression titleOrg(
            QStringLiteral("^([\\x{4E00}-\\x{9FFF}]{3,30}?%1)关于").arg(kOrgSuffix));
        if (const auto m = titleOrg.match(meta.title); m.hasMatch())
            meta.issuer = m.captured(1);
    }
    if (meta.issuer.isEmpty() || !regionOf(meta.issuer).size()) {
        const QString fromNumber = issuerFromNumber(meta.docNumber);
        if (!fromNumber.isEmpty() && (meta.issuer.isEmpty() || fromNumber.endsWith(meta.issuer.mid(1))))
            meta.issuer = fromNumber;
    }

    // Region: the issuer's leading place name; else the province of the number; else a place in the
    // title.
    meta.region = regionOf(meta.issuer);
    if (meta.region.isEmpty() && !meta.docNumber.isEmpty())
        meta.region = provinceAbbrev().value(meta.docNumber.left(1));
    if (meta.region.isEmpty()) {
        // A place the gazetteer knows, in the first lines ("建成省级…" is not a province).
        for (qsizetype i = 0; i < head && meta.region.isEmpty(); ++i)
            meta.region = Gazetteer::find(lines.at(i)).region;
    }
    if (meta.issuer.startsWith(QStringLiteral("省")) && meta.region.endsWith(QStringLiteral("省")))
        meta.issuer = meta.region.left(meta.region.size() - 1) + meta.issuer;

    meta.docType = typeOfTitle(meta.title);
    if (meta.title.isEmpty())
        meta.title = hints.fileName;
    return meta;
}

} // namespace plens

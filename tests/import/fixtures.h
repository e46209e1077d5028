#pragma once
// Fixtures the import tests write themselves: an RC4-encrypted PDF (built by hand, so no qpdf is
// needed) and a minimal ZIP archive.

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>

namespace fixtures {

inline QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    unsigned char s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = static_cast<unsigned char>(i);
    int j = 0;
    for (int i = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key[i % key.size()])) & 255;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), '\0');
    int a = 0;
    int b = 0;
    for (qsizetype k = 0; k < data.size(); ++k) {
        a = (a + 1) & 255;
        b = (b + s[a]) & 255;
        std::swap(s[a], s[b]);
        out[k] = char(static_cast<unsigned char>(data[k]) ^ s[(s[a] + s[b]) & 255]);
    }
    return out;
}

inline QByteArray md5(const QByteArray &d)
{
    return QCryptographicHash::hash(d, QCryptographicHash::Md5);
}

// A one-page PDF whose page shows `text` (ASCII), encrypted with the standard security handler
// (revision 2, 40-bit RC4) and the user password `password` (PDF 1.7, 7.6.3, algorithms 2-4).
inline QByteArray encryptedPdf(const QByteArray &text, const QByteArray &password)
{
    const QByteArray pad = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const auto padded = [&](const QByteArray &pw) {
        return QByteArray(pw + pad).left(32);
    };
    const QByteArray id = md5("policylens-test-fixture");
    const QByteArray owner = password + "-owner";
    const QByteArray o = rc4(md5(padded(owner)).left(5), padded(password));
    const qint32 p = -4;
    QByteArray pBytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        pBytes[i] = char((quint32(p) >> (8 * i)) & 0xFF);
    const QByteArray key = md5(QByteArray(padded(password) + o + pBytes + id)).left(5);
    const QByteArray u = rc4(key, pad);
    const auto objectKey = [&](int num) {
        QByteArray k = key;
        k.append(char(num & 0xFF));
        k.append(char((num >> 8) & 0xFF));
        k.append(char((num >> 16) & 0xFF));
        k.append('\0');
        k.append('\0');
        return md5(k).left(10);
    };
    const QByteArray content = "BT /F1 24 Tf 72 700 Td (" + text + ") Tj ET";
    const QByteArray stream = rc4(objectKey(4), content);
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
        ">>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + o.toHex() + "> /U <" + u.toHex() + "> /P " + QByteArray::number(p)
            + " >>",
    };
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Encrypt 6 0 R /ID [<"
        + id.toHex() + "> <" + id.toHex() + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// One member of a ZIP archive made by zipFiles(): stored or deflated; `declaredSize` >= 0 makes the
// headers claim another unpacked size than the data has (a damaged or hostile archive).
struct ZipFile
{
    QByteArray name;
    QByteArray data;
    bool deflate = false;
    qint64 declaredSize = -1;
};

inline QByteArray zipFiles(const QList<ZipFile> &files)
{
    const auto le16 = [](quint32 v) {
        QByteArray b(2, '\0');
        b[0] = char(v & 0xFF);
        b[1] = char((v >> 8) & 0xFF);
        return b;
    };
    const auto le32 = [](quint32 v) {
        QByteArray b(4, '\0');
        for (int i = 0; i < 4; ++i)
            b[i] = char((v >> (8 * i)) & 0xFF);
        return b;
    };
    QByteArray zip;
    QByteArray central;
    for (const ZipFile &f : files) {
        const quint32 offset = quint32(zip.size());
        const quint32 crc = crc32(f.data);
        // qCompress gives a 4-byte length, a zlib header (2 bytes), raw deflate data and an Adler-32 (4 bytes).
        const QByteArray packed = f.deflate ? qCompress(f.data, 9).mid(6).chopped(4) : f.data;
        const quint32 size = quint32(f.declaredSize >= 0 ? f.declaredSize : f.data.size());
        const QByteArray common = le16(20) + le16(0) + le16(f.deflate ? 8 : 0) + le16(0) + le16(0x21) + le32(crc)
            + le32(quint32(packed.size())) + le32(size) + le16(quint32(f.name.size())) + le16(0);
        zip += le32(0x04034b50) + common + f.name + packed;
        central += le32(0x02014b50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + f.name;
    }
    const quint32 cdOffset = quint32(zip.size());
    zip += central;
    zip += le32(0x06054b50) + le16(0) + le16(0) + le16(quint32(files.size())) + le16(quint32(files.size()))
        + le32(quint32(central.size())) + le32(cdOffset) + le16(0);
    return zip;
}

// A ZIP archive (stored, no compression) holding the given files.
inline QByteArray zipArchive(const QList<std::pair<QByteArray, QByteArray>> &files)
{
    QList<ZipFile> list;
    for (const auto &[name, data] : files)
        list.append({name, data});
    return zipFiles(list);
}

} // namespace fixtures

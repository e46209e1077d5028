#pragma once

#include <QByteArray>
#include <QString>

namespace plens {

// NFKC, as QString::normalized(NormalizationForm_KC) gives it, in time linear in the length (Qt's
// is quadratic on some text). Runs of more than 30 combining marks get U+034F between them first
// (UAX #15 stream-safe format).
QString nfkc(const QString &text);

// The text reduced for matching: NFKC (full-width digits and letters become ASCII), lower case,
// only letters and digits kept (no white space, no punctuation). The same document as txt, pdf and
// docx gives the same or nearly the same key.
QString matchingKey(const QString &text);

// A 64-bit SimHash (8 bytes, big-endian) of the matching key's character 4-grams: copies of one
// document get the same hash; near-duplicates differ in a few bits (see contentHashDistance).
QByteArray contentHash(const QString &text);

// Number of differing bits between two content hashes (64 when they are not comparable).
int contentHashDistance(const QByteArray &a, const QByteArray &b);

// Similarity 0..1 of two texts after matchingKey(): 2*LCS / (|a| + |b|), computed with Myers' diff
// up to `maxEditShare` of the combined length; beyond that, an estimate from 4-gram overlap.
double textSimilarity(const QString &a, const QString &b, double maxEditShare = 0.1);

// The same on keys already computed with matchingKey().
double keySimilarity(QStringView a, QStringView b, double maxEditShare = 0.1);

} // namespace plens

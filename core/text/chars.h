#pragma once

#include <QChar>

namespace plens::chars {

// Character classes used by clean-up, normalisation and splitting.
inline bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x3134F);
}
// CJK punctuation and full-width forms (、。《》“”（）：；！？ …).
inline bool isCjkPunct(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
        || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0x2018 || c == 0x2019 || c == 0x201C
        || c == 0x201D || c == 0x2014 || c == 0x2026 || c == 0x00B7 || c == 0xFE30;
}
inline bool isCjk(char32_t c)
{
    return isHan(c) || isCjkPunct(c);
}
inline bool isAsciiAlnum(char32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool isSpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x200B
        || c == 0xFEFF || c == '\f' || c == '\v';
}
// Ends a sentence: 。！？ and their ASCII forms, also ；：… which end clauses in headings and lists.
inline bool isSentenceEnd(char32_t c)
{
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' || c == 0xFF1B || c == ';' || c == 0x2026;
}

} // namespace plens::chars

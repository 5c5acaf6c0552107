// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the word lists DemoCommunity draws from. Names are "native|latin" where the
// native script is not Latin; the Latin form makes emails and handles.

#include <span>

namespace rapport::io::demo {

struct Place
{
    const char* country; // ISO 3166-1 alpha-2
    const char* timezone;
    const char* city;
};

struct Culture
{
    const char* name;
    int weight;              // share of the community, in percent-ish units
    bool familyFirst;        // 张伟, 佐藤 翔太, 김민준
    bool spaceBetween;       // family and given name separated by a space
    double nativeShare;      // chance the display name is written in the native script
    std::span<const char* const> given;
    std::span<const char* const> family;
    std::span<const Place> places;
    std::span<const char* const> mailDomains;
    bool wechat;             // many people here are reachable on WeChat
};

std::span<const Culture> cultures();

struct Role
{
    const char* name;
    int weight;
};
std::span<const Role> roles();
std::span<const char* const> companies();
std::span<const char* const> universities();
std::span<const char* const> tags();
std::span<const char* const> sources();
std::span<const char* const> contentTopics();

} // namespace rapport::io::demo

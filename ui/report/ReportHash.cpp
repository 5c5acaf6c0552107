// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportHash.h"

#include "core/engine/ContentLoopData.h"
#include "core/engine/ParallelFor.h"
#include "core/storage/EngineLoader.h"

#include <QCryptographicHash>

#include <span>
#include <string>
#include <vector>

namespace rapport::report {

namespace {

template<typename T> void addSpan(QCryptographicHash& hash, std::span<const T> values)
{
    const qint64 n = qint64(values.size());
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&n), sizeof n));
    if (!values.empty())
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(values.data()), qsizetype(values.size_bytes())));
}

template<typename T> void addValue(QCryptographicHash& hash, const T& value)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&value), sizeof value));
}

void addText(QCryptographicHash& hash, const std::string& text)
{
    addValue(hash, qint64(text.size()));
    hash.addData(QByteArrayView(text.data(), qsizetype(text.size())));
}

void addDictionary(QCryptographicHash& hash, const engine::KeyDictionary& dictionary)
{
    addValue(hash, dictionary.size());
    for (std::uint32_t code = 0; code < dictionary.size(); ++code) {
        const std::int64_t key = dictionary.key(code);
        addValue(hash, key);
        addText(hash, dictionary.name(key));
    }
}

} // namespace

QString reportContentHash(const storage::EngineData& data, const engine::ContentLoopData& content,
                          const engine::ParallelFor& parallel)
{
    const engine::Store& store = data.store;
    std::vector<QByteArray> blockDigests(store.blockCount());
    parallel.run(store.blockCount(), [&](std::size_t b, int) {
        QCryptographicHash hash(QCryptographicHash::Blake2b_256);
        const engine::StoreBlock& block = store.block(b);
        const std::uint32_t firstRow = std::uint32_t(b * engine::Store::kBlockSize);
        const std::uint32_t rows = block.personCount();
        addSpan(hash, std::span<const std::uint32_t>(block.offsets()));
        // The people columns of the block's rows, gathered so they are hashed in a few calls.
        std::vector<std::int64_t> keys(rows);
        std::vector<std::uint8_t> flags(rows);
        std::vector<std::int32_t> joinDays(rows);
        std::vector<std::uint32_t> tags;
        for (std::uint32_t slot = 0; slot < rows; ++slot) {
            const std::uint32_t row = firstRow + slot;
            keys[slot] = store.key(row);
            flags[slot] = store.flags(row);
            joinDays[slot] = store.joinDay(row);
            const auto rowTags = block.tags(slot);
            tags.push_back(std::uint32_t(rowTags.size()));
            tags.insert(tags.end(), rowTags.begin(), rowTags.end());
        }
        addSpan(hash, std::span<const std::int64_t>(keys));
        addSpan(hash, std::span<const std::uint8_t>(flags));
        addSpan(hash, std::span<const std::int32_t>(joinDays));
        addSpan(hash, std::span<const std::uint32_t>(tags));
        for (int a = 0; a < store.attributeCount(); ++a)
            addSpan(hash, store.attributeColumn(a).subspan(firstRow, rows));
        addValue(hash, block.timeBase());
        addSpan(hash, block.timeOffsets());
        addSpan(hash, block.types());
        addSpan(hash, block.campaigns());
        addSpan(hash, block.channels());
        addSpan(hash, block.contents());
        addSpan(hash, block.valueIndices());
        addSpan(hash, block.values());
        blockDigests[b] = hash.result();
    });

    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    hash.addData("rapport-report-data-1");
    for (const QByteArray& digest : blockDigests)
        hash.addData(digest);
    for (int a = 0; a < store.attributeCount(); ++a) {
        addText(hash, store.attributeName(a));
        const engine::Dictionary& values = store.attributeValues(a);
        for (std::uint32_t code = 0; code < values.size(); ++code)
            addText(hash, values.text(code));
    }
    for (std::uint32_t code = 0; code < store.tags().size(); ++code)
        addText(hash, store.tags().text(code));
    addDictionary(hash, store.types());
    addDictionary(hash, store.campaigns());
    addDictionary(hash, store.channels());
    addDictionary(hash, store.contents());

    const engine::SurveyResponses& responses = data.responses;
    addSpan(hash, responses.persons());
    addSpan(hash, responses.times());
    addSpan(hash, responses.surveyCodes());
    addSpan(hash, responses.campaignCodes());
    addSpan(hash, responses.npsScores());
    addSpan(hash, responses.csatScores());
    addDictionary(hash, responses.surveys());
    addDictionary(hash, responses.campaigns());

    for (const engine::ContentPiece& piece : content.pieces) {
        addValue(hash, piece.key);
        addValue(hash, piece.series);
        addSpan(hash, std::span<const std::int64_t>(piece.authors));
    }
    for (const engine::ContentSnapshot& s : content.snapshots) {
        addValue(hash, s.content);
        addValue(hash, s.at);
        addValue(hash, s.totals.views), addValue(hash, s.totals.reads), addValue(hash, s.totals.likes);
        addValue(hash, s.totals.shares), addValue(hash, s.totals.onwardClicks);
    }
    for (const engine::ContentLink& l : content.links)
        addValue(hash, l.from), addValue(hash, l.to), addValue(hash, l.onwardClicks);
    for (const engine::Reward& w : content.rewards)
        addValue(hash, w.person), addValue(hash, w.value), addValue(hash, w.at), addValue(hash, w.campaign),
            addValue(hash, w.content);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace rapport::report

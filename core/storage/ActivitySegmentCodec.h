// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN // moc of Qt 6.4 cannot parse the C++20 headers the engine includes
#include "core/engine/ActivityRecord.h"
#endif

#include <QByteArray>
#include <QString>

#include <compare>
#include <cstdint>
#include <span>
#include <vector>

namespace rapport::storage {

/**
 * One activity as the store and the engine see it (engine::ActivityRecord): local integer
 * keys (0 = none) of the tables people, activity_types, campaigns, channels and content,
 * and the time in seconds since the Unix epoch (UTC).
 */
using ActivityRow = engine::ActivityRecord;
/** A read-only view of decoded columns (all spans have size() elements). */
using ActivitySpans = engine::ActivityBatch;

/** The order segments are stored in: by person, time, then type, campaign, channel,
 *  content and value (partial: NaN values are unordered). */
std::partial_ordering storageOrder(const ActivityRow& a, const ActivityRow& b);

/** Activities as columns (struct of arrays), the shape bulk appends and segments use. */
struct ActivityColumns
{
    std::vector<std::int64_t> person;
    std::vector<std::int32_t> type;
    std::vector<std::int64_t> at;
    std::vector<std::int64_t> campaign;
    std::vector<std::int64_t> channel;
    std::vector<std::int64_t> content;
    std::vector<double> value;

    std::size_t size() const { return person.size(); }
    bool empty() const { return person.empty(); }
    void reserve(std::size_t n);
    void clear();
    void push_back(const ActivityRow& row);
    void append(const ActivitySpans& spans, std::size_t from, std::size_t to);
    ActivityRow row(std::size_t i) const
    {
        return {person[i], type[i], at[i], campaign[i], channel[i], content[i], value[i]};
    }
    ActivitySpans spans() const;
    /** All columns have the same length. */
    bool isConsistent() const;
    /** Sorts rows by storageOrder (person, time, ...). */
    void sort();
    /** Sorts and drops repeated rows. */
    void sortUnique();
    bool isSorted() const;
};

/**
 * Encodes a batch of activities as one compressed columnar blob (activity_segments.data).
 *
 * Format 1: a header (magic "RAS1", row count), then the columns one after another, each a
 * run of LEB128 varints: person as (zig-zag delta, run length) pairs; type keys; time as
 * zig-zag delta from the previous row (small within a person when sorted); campaign, channel
 * and content as zig-zag values (they repeat, so zstd folds them); value as zig-zag(int) × 2 for
 * integral values, or 1 followed by the 8 raw bytes of the double otherwise (exact for
 * fractions, −0, NaN). The whole is compressed with zstd. Any order round-trips exactly;
 * rows sorted by (person, time) take a few bytes each.
 */
class ActivitySegmentCodec
{
public:
    static constexpr int kFormat = 1;

    static QByteArray encode(const ActivitySpans& rows, int zstdLevel = 3);
    static QByteArray encode(const ActivityColumns& rows, int zstdLevel = 3) { return encode(rows.spans(), zstdLevel); }
    /** Decodes into *rows (replacing its contents); false with *error on a damaged blob. */
    static bool decode(const QByteArray& blob, ActivityColumns* rows, QString* error = nullptr);
    /** The row count stored in the header, without decompressing the columns; −1 if damaged. */
    static std::int64_t rowCount(const QByteArray& blob);
};

} // namespace rapport::storage

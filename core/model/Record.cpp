// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Record.h"

#include "core/model/Clock.h"

namespace rapport::model {

RecordMeta RecordMeta::create(const Clock& clock)
{
    RecordMeta meta;
    meta.createdAt = clock.now();
    meta.updatedAt = meta.createdAt;
    meta.id = Uuid::createV7(clock);
    meta.rowVersion = 1;
    return meta;
}

void RecordMeta::touch(const Clock& clock)
{
    updatedAt = clock.now();
    ++rowVersion;
}

} // namespace rapport::model

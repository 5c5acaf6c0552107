// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ImportFormat.h"

namespace rapport::io {

QList<const ImportFormat*> crmImportFormats()
{
    return {};
}

} // namespace rapport::io

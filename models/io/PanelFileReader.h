#pragma once
// Strict reader of panel files (`paneldesk-panel`, version 1; shared spec panel-file.md).
// Nothing is guessed: unknown keys, wrong types, duplicate keys, invalid UTF-8 and every
// rule of validatePanel() are errors. Errors are pd::InputError:
//   <file>: <json path>: <what was expected>      (content)
//   <file>:<line>:<column>: <what went wrong>     (UTF-8, nesting, JSON syntax)

#include "domain/Panel.h"

#include <QByteArray>
#include <QString>

namespace pd {

// Reads and validates the panel file at `path` (named as given in messages). Files above
// 256 MiB are refused.
Panel readPanelFile(const QString &path);

// The configuration of the panel file at `path` (domain/PanelConfiguration.h), read as
// strictly as readPanelFile; only the configuration is validated, and the file's inputs,
// members and tie resolutions are dropped (paneldesk-cli change-setup: the stored round's
// inputs are checked against it when it is applied).
Panel readPanelFileConfiguration(const QString &path);

// Parses and validates a panel document; `sourceName` stands for the file in messages.
Panel parsePanelJson(const QByteArray &bytes, const QString &sourceName);

} // namespace pd

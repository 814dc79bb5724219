// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER — being replaced by the event reader implementation.
#include "io/events.h"
#include "util/error.h"
namespace bib::core {
EventSet readEvents(const EventSource&, Feedback&) { throw InternalError("readEvents: not yet implemented"); }
bool parseTimestamp(const std::string&, std::int64_t&) { return false; }
int amsterdamOffsetSeconds(std::int64_t) { return 3600; }
} // namespace bib::core

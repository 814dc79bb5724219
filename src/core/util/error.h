// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace bib::core {

/// Base of every error the core throws. Exactly three places catch and translate these: the CLI's
/// main (message + exit code), the GUI task runner and the QGIS provider.
class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Something in the user's input (a file, a row, a feature, an option) is wrong; the message names
/// it and says what to do. CLI exit code 2.
class InputError : public Error
{
public:
    using Error::Error;
};

/// A coordinate reference system is missing, unknown or cannot be transformed. CLI exit code 2.
class CrsError : public InputError
{
public:
    using InputError::InputError;
};

/// The user cancelled (Ctrl-C, the Cancel button, QgsFeedback). CLI exit code 3.
class CancelledError : public Error
{
public:
    CancelledError() : Error("cancelled") {}
};

/// A broken invariant inside the program; never the user's fault. CLI exit code 4.
class InternalError : public Error
{
public:
    using Error::Error;
};

} // namespace bib::core

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <iostream>

int main(int argc, char** argv)
{
    return bib::cli::run(argc, argv, std::cout, std::cerr);
}

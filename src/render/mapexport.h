// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSizeF>

#include <string>

namespace bib::render {

class MapPainter;
struct PageLayout;

/// A printed page: size in millimetres and resolution.
struct PageSpec
{
    QSizeF sizeMillimetres{297.0, 210.0}; ///< A4 landscape
    int dotsPerInch = 150;
};

/// Renders MapPainter::paintPage into an image of the page's size in pixels, with the resolution
/// stored in the image so point-sized fonts come out at their printed size.
QImage renderPage(const MapPainter& map, const PageSpec& page = {});

/// Where renderPage() puts title, subtitle, map, legend and footer on that page, in its pixels.
PageLayout renderPageLayout(const MapPainter& map, const PageSpec& page = {});

/// Writes the page as PNG, atomically (QSaveFile). Throws core::InputError when the file cannot be
/// written.
void writePagePng(const MapPainter& map, const std::string& path, const PageSpec& page = {});

} // namespace bib::render

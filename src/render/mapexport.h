// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSizeF>

#include <optional>
#include <string>
#include <vector>

namespace bib::render {

class MapPainter;
struct PageLayout;

/// A printed page: size in millimetres and resolution.
struct PageSpec
{
    QSizeF sizeMillimetres{297.0, 210.0}; ///< A4 landscape
    int dotsPerInch = 150; ///< PNG: pixels per inch; PDF and SVG: the drawing's coordinate unit
};

enum class PaperSize
{
    A4, ///< 210 × 297 mm
    A3, ///< 297 × 420 mm
};

/// The page of an ISO paper size, portrait or landscape, at `dotsPerInch`.
PageSpec paperPage(PaperSize paper, bool landscape, int dotsPerInch = 150);

/// What a page file is written as, chosen by its extension.
enum class PageFormat
{
    Png, ///< raster at the page's resolution
    Pdf, ///< vector, text as text with the fonts embedded
    Svg, ///< vector, text as text
};

/// The format for a file name's extension (.png, .pdf, .svg, any case), or nullopt.
std::optional<PageFormat> pageFormatOf(const std::string& path);

/// Renders MapPainter::paintPage into an image of the page's size in pixels, with the resolution
/// stored in the image so point-sized fonts come out at their printed size.
QImage renderPage(const MapPainter& map, const PageSpec& page = {});

/// Where renderPage() puts title, subtitle, map, legend and footer on that page, in its pixels.
/// For a PDF or SVG written with the same spec, the same positions in units of 1/dotsPerInch inch.
PageLayout renderPageLayout(const MapPainter& map, const PageSpec& page = {});

/// Writes the page as PNG, atomically. Throws core::InputError when the file cannot be written
/// or is one of `inputs`.
void writePagePng(const MapPainter& map, const std::string& path, const PageSpec& page = {},
                  const std::vector<std::string>& inputs = {});

/// Writes the page as a one-page vector PDF (QPdfWriter, fonts embedded), atomically.
void writePagePdf(const MapPainter& map, const std::string& path, const PageSpec& page = {},
                  const std::vector<std::string>& inputs = {});

/// Writes the page as SVG (QSvgGenerator; size in millimetres, view box in page units), atomically.
void writePageSvg(const MapPainter& map, const std::string& path, const PageSpec& page = {},
                  const std::vector<std::string>& inputs = {});

/// Writes the page in the format of the file's extension. Throws core::InputError for another
/// extension, naming the ones that work.
void writePage(const MapPainter& map, const std::string& path, const PageSpec& page = {},
               const std::vector<std::string>& inputs = {});

} // namespace bib::render

// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "util/error.h"

#ifdef BIB_WITH_PRINT
#include "mapdocument.h"
#endif

#include <ostream>

namespace bib::cli {

namespace {

struct MapOptions
{
    std::string recipe;
    std::string field = "index";
    std::string size = "A4";
    bool landscape = false;
    int dpi = 300;
    std::string language = "nl";
    std::string title;
    std::string subtitle;
    std::string source;
    std::string output;
};

void runMap(const MapOptions& o, Context& context)
{
#ifdef BIB_WITH_PRINT
    print::MapRequest request;
    request.recipe = o.recipe;
    request.field = o.field;
    request.paper = o.size == "A3" ? render::PaperSize::A3 : render::PaperSize::A4;
    request.landscape = o.landscape;
    request.dotsPerInch = o.dpi;
    request.output = o.output;
    request.language = o.language == "en" ? core::Language::English : core::Language::Dutch;
    request.title = QString::fromStdString(o.title);
    request.subtitle = QString::fromStdString(o.subtitle);
    request.sources = QString::fromStdString(o.source);
    const print::MapSummary s = print::writeMap(request, context.feedback);
    std::ostream& out = context.out;
    if (context.json) {
        out << "{\"field\": " << jsonString(s.field) << ", \"areas\": " << s.areas
            << ", \"withheld\": " << s.withheld << ", \"page_mm\": [" << s.page.sizeMillimetres.width()
            << ", " << s.page.sizeMillimetres.height() << "], \"dpi\": " << s.page.dotsPerInch
            << ", \"output\": " << jsonString(o.output) << "}\n";
        return;
    }
    out << "map of " << s.field << ": " << s.areas << " areas, " << s.withheld
        << " withheld ('onderdrukt')\n";
    out << "page: " << o.size << (o.landscape ? " landscape" : " portrait") << ", " << s.page.dotsPerInch
        << " dpi\nwritten: " << o.output << "\n";
#else
    (void)o;
    (void)context;
    throw core::InputError(
        "this bib was built without the drawing part (BUILD_QT_APP=OFF), so 'bib map' is not "
        "available; build with -DBUILD_QT_APP=ON, or use 'bib export' for tables");
#endif
}

} // namespace

CommandSpec mapCommand()
{
    return {"map",
            "Print a map of a recipe's result: PDF (vector), SVG or PNG, A4 or A3, privacy rules applied",
            [](CLI::App& command) -> CommandRunner {
                auto o = std::make_shared<MapOptions>();
                command.add_option("RECIPE", o->recipe, "Recipe file (*.bib.json)")->required();
                command.add_option("--field", o->field,
                                   "Column to map: index (default), a domain score or an indicator");
                command.add_option("--size", o->size, "Paper size")->check(CLI::IsMember({"A4", "A3"}));
                command.add_flag("--landscape", o->landscape, "Landscape instead of portrait");
                command.add_option("--dpi", o->dpi, "Resolution: PNG pixels per inch (default 300)")
                    ->check(CLI::Range(36, 1200));
                command.add_option("--lang", o->language, "Language of the page: nl (default) or en")
                    ->check(CLI::IsMember({"nl", "en"}));
                command.add_option("--title", o->title, "Title (default: the recipe's name)");
                command.add_option("--subtitle", o->subtitle, "Subtitle (default: what is mapped)");
                command.add_option(
                    "--source", o->source,
                    "Sources for the line 'Bron: …', e.g. \"CBS Kerncijfers wijken en buurten 2024; "
                    "Politie\" (default: the input files)");
                command.add_option("-o,--output", o->output, "Output: .pdf, .svg or .png")->required();
                return [o](Context& context) { runMap(*o, context); };
            }};
}

} // namespace bib::cli

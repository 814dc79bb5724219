// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "util/error.h"

#ifdef BIB_WITH_PRINT
#include "briefingdocument.h"
#endif

#include <ostream>

namespace bib::cli {

namespace {

struct BriefingOptions
{
    std::vector<std::string> areas;
    std::string recipe;
    bool all = false;
    std::string level = "buurt";
    std::string language = "nl";
    std::string source;
    int robustness = -1;
    std::string output;
};

void runBriefing(const BriefingOptions& o, Context& context)
{
#ifdef BIB_WITH_PRINT
    print::BriefingRequest request;
    request.recipe = o.recipe;
    request.areas = o.areas;
    request.all = o.all;
    request.level = o.level == "wijk" ? print::BriefingLevel::Wijk : print::BriefingLevel::Buurt;
    request.language = o.language == "en" ? core::Language::English : core::Language::Dutch;
    request.sources = QString::fromStdString(o.source);
    if (o.robustness >= 0)
        request.draws = static_cast<std::size_t>(o.robustness);
    request.output = o.output;
    const print::BriefingSummary s = print::writeBriefing(request, context.feedback);
    if (context.json) {
        context.out << "{\"pages\": " << s.pages << ", \"level\": " << jsonString(o.level)
                    << ", \"area_pages\": " << s.areaPages
                    << ", \"areas_with_index_withheld\": " << s.withheldAreas
                    << ", \"output\": " << jsonString(o.output) << "}\n";
        return;
    }
    if (o.level == "wijk")
        context.out << "briefing: " << s.areaPages << " wijk pages, " << s.pages << " pages in all; "
                    << s.withheldAreas
                    << " of them have no buurt with a published index\nwritten: " << o.output << "\n";
    else
        context.out << "briefing: " << s.areaPages << " area pages, " << s.pages
                    << " pages in all; the index of " << s.withheldAreas
                    << " of them is withheld ('onderdrukt')\nwritten: " << o.output << "\n";
#else
    (void)o;
    (void)context;
    throw core::InputError(
        "this bib was built without the drawing part (BUILD_QT_APP=OFF), so 'bib briefing' "
        "is not available; build with -DBUILD_QT_APP=ON, or use 'bib export' for tables");
#endif
}

} // namespace

CommandSpec briefingCommand()
{
    return {
        "briefing",
        "Print an A4 briefing (PDF) of areas of a recipe: cover with overview map and contents, one page "
        "per area",
        [](CLI::App& command) -> CommandRunner {
            auto o = std::make_shared<BriefingOptions>();
            command.add_option("RECIPE", o->recipe, "Recipe file (*.bib.json)")->required();
            auto* area =
                command.add_option("--area", o->areas, "Area code(s), e.g. --area BU03440000 BU03440101");
            auto* all = command.add_flag("--all", o->all, "Every area of the recipe (an atlas)");
            area->excludes(all);
            command
                .add_option("--level", o->level,
                            "With --all: one page per area (buurt, default) or per wijk of the areas (wijk)")
                ->check(CLI::IsMember({"buurt", "wijk"}));
            command.add_option("--lang", o->language, "Language: nl (default) or en")
                ->check(CLI::IsMember({"nl", "en"}));
            command.add_option("--source", o->source, "Sources for the footer (default: the input files)");
            command
                .add_option("--robustness", o->robustness,
                            "Draws for the rank interval (default: the recipe's, else 1000; 0 = none)")
                ->check(CLI::Range(0, 100000));
            command.add_option("-o,--output", o->output, "Output: .pdf")->required();
            return [o](Context& context) {
                if (o->areas.empty() && !o->all)
                    throw core::InputError("say which areas: --area CODE … or --all");
                if (o->level == "wijk" && !o->all)
                    throw core::InputError("--level wijk prints one page per wijk of every area: use it "
                                           "with --all instead of --area");
                runBriefing(*o, context);
            };
        }};
}

} // namespace bib::cli

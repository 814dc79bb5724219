// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/weightsfile.h"

#include "util/atomicfile.h"
#include "util/error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_map>

namespace bib::core {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

std::vector<std::string_view> splitWords(std::string_view line)
{
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isSpace(line[i]))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && !isSpace(line[i]))
            ++i;
        if (i > start)
            words.push_back(line.substr(start, i - start));
    }
    return words;
}

/// The non-blank lines of a text with their 1-based line numbers.
struct Line
{
    std::size_t number;
    std::vector<std::string_view> words;
};

std::vector<Line> nonBlankLines(std::string_view text)
{
    std::vector<Line> lines;
    std::size_t number = 0;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        ++number;
        auto words = splitWords(text.substr(0, end));
        if (!words.empty())
            lines.push_back(Line{number, std::move(words)});
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return lines;
}

template <typename T> bool parseNumber(std::string_view word, T& value)
{
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
    return error == std::errc() && end == word.data() + word.size();
}

std::string headerWord(const std::string& text)
{
    std::string out = text.empty() ? std::string("_") : text;
    for (char& c : out)
        if (isSpace(c) || c == '\n')
            c = '_';
    return out;
}

std::string headerLine(const SpatialWeights& weights, const WeightsFileHeader& header)
{
    return "0 " + std::to_string(weights.size()) + " " + headerWord(header.layer) + " " +
           headerWord(header.idField) + "\n";
}

void checkIdsWritable(const SpatialWeights& weights)
{
    for (const auto& id : weights.ids())
        if (id.empty() || std::any_of(id.begin(), id.end(), [](char c) { return isSpace(c) || c == '\n'; }))
            throw InputError("area id '" + id +
                             "' is empty or contains whitespace, which GAL and GWT files cannot hold");
}

/// Shared state of a GAL or GWT parse: id lookup, messages with file and line.
class WeightsParser
{
public:
    WeightsParser(const std::string& source, const std::vector<std::string>& ids, Feedback& feedback)
        : mSource(source), mIds(ids), mFeedback(feedback), mRows(ids.size()), mListedAt(ids.size(), 0)
    {
        mRowById.reserve(ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i)
            mRowById.emplace(ids[i], static_cast<std::uint32_t>(i));
    }

    [[noreturn]] void fail(std::size_t line, const std::string& message) const
    {
        throw InputError(mSource + ", line " + std::to_string(line) + ": " + message);
    }

    std::uint32_t row(std::string_view id, std::size_t line) const
    {
        const auto found = mRowById.find(std::string(id));
        if (found == mRowById.end()) {
            const bool number =
                std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
            // spdep's write.nb.gal writes region.id, which is 1…n unless it was set to the codes.
            fail(line,
                 "unknown area id '" + std::string(id) + "': the area layer has no such id" +
                     (number ? " (row numbers? in R set attr(nb, \"region.id\") to the area codes before "
                               "write.nb.gal)"
                             : " (do the file's ids come from the same id field?)"));
        }
        return found->second;
    }

    /// The header's area count: `n` alone or the second word of `0 n layer idfield`.
    std::size_t headerCount(const std::vector<Line>& lines) const
    {
        if (lines.empty())
            throw InputError(mSource + ": the file is empty");
        const Line& header = lines.front();
        std::size_t count = 0;
        if (!parseNumber(header.words[header.words.size() > 1 ? 1 : 0], count))
            fail(header.number, "expected a header '0 n layer idfield' or 'n'");
        return count;
    }

    /// Marks a row as named by the file (it is then not reported missing).
    void markListed(std::uint32_t from, std::size_t line)
    {
        if (mListedAt[from] == 0)
            mListedAt[from] = line;
    }

    void addLink(std::uint32_t from, std::uint32_t to, double weight, std::size_t line)
    {
        markListed(from, line);
        if (from == to) {
            mFeedback.warn(mSource, mIds[from], static_cast<std::int64_t>(line),
                           "a link from the area to itself; left out");
            return;
        }
        const std::uint64_t key = (std::uint64_t{from} << 32) | to;
        const auto [seen, inserted] = mLinkLines.emplace(key, line);
        if (!inserted)
            fail(line, "the link " + mIds[from] + " → " + mIds[to] +
                           " is listed a second time (first on line " + std::to_string(seen->second) + ")");
        mRows[from].emplace_back(to, weight);
    }

    SpatialWeights finish(std::size_t headerCount, std::size_t recordCount, const std::string& description,
                          std::vector<std::string>& missing)
    {
        if (headerCount != recordCount)
            mFeedback.warn(mSource, "", 1,
                           "the header says " + std::to_string(headerCount) + " areas, the file lists " +
                               std::to_string(recordCount));
        for (std::size_t i = 0; i < mIds.size(); ++i) {
            if (mListedAt[i] == 0) {
                missing.push_back(mIds[i]);
                mFeedback.warn(mSource, mIds[i], -1,
                               "the area is not in the weights file: it has no neighbours");
            }
        }
        return SpatialWeights(mIds, mRows, description);
    }

    std::vector<std::size_t>& listedAt() { return mListedAt; }

private:
    const std::string& mSource;
    const std::vector<std::string>& mIds;
    Feedback& mFeedback;
    std::unordered_map<std::string, std::uint32_t> mRowById;
    std::unordered_map<std::uint64_t, std::size_t> mLinkLines;
    std::vector<std::vector<std::pair<std::uint32_t, double>>> mRows;
    std::vector<std::size_t> mListedAt; ///< first line that names the area, 0 when none
};

SpatialWeights parseGal(const std::vector<Line>& lines, const std::string& source,
                        const std::vector<std::string>& ids, std::vector<std::string>& missing,
                        Feedback& feedback)
{
    WeightsParser parser(source, ids, feedback);
    const std::size_t headerCount = parser.headerCount(lines);
    std::unordered_map<std::uint32_t, std::size_t> recordLines;
    std::size_t records = 0;
    for (std::size_t k = 1; k < lines.size(); ++k) {
        const Line& record = lines[k];
        std::size_t count = 0;
        if (record.words.size() != 2 || !parseNumber(record.words[1], count))
            parser.fail(record.number, "expected 'id count' (an area id and its number of neighbours)");
        const std::uint32_t from = parser.row(record.words[0], record.number);
        const auto [first, inserted] = recordLines.emplace(from, record.number);
        if (!inserted)
            parser.fail(record.number, "area " + ids[from] + " is listed a second time (first on line " +
                                           std::to_string(first->second) + ")");
        ++records;
        parser.markListed(from, record.number);
        if (count == 0)
            continue;
        if (k + 1 >= lines.size())
            parser.fail(record.number, "area " + ids[from] + " should have " + std::to_string(count) +
                                           " neighbours, but the file ends");
        const Line& neighbours = lines[++k];
        if (neighbours.words.size() != count)
            parser.fail(neighbours.number, "area " + ids[from] + " should have " + std::to_string(count) +
                                               " neighbours (line " + std::to_string(record.number) +
                                               "), this line lists " +
                                               std::to_string(neighbours.words.size()));
        for (const auto word : neighbours.words)
            parser.addLink(from, parser.row(word, neighbours.number), 1.0, neighbours.number);
    }
    return parser.finish(headerCount, records, "GAL file " + source, missing);
}

SpatialWeights parseGwt(const std::vector<Line>& lines, const std::string& source,
                        const std::vector<std::string>& ids, std::vector<std::string>& missing,
                        Feedback& feedback)
{
    WeightsParser parser(source, ids, feedback);
    const std::size_t headerCount = parser.headerCount(lines);
    for (std::size_t k = 1; k < lines.size(); ++k) {
        const Line& link = lines[k];
        double weight = 0.0;
        if (link.words.size() != 3)
            parser.fail(link.number, "expected 'id neighbour weight'");
        if (!parseNumber(link.words[2], weight) || !std::isfinite(weight))
            parser.fail(link.number, "the weight '" + std::string(link.words[2]) + "' is not a number");
        const std::uint32_t to = parser.row(link.words[1], link.number);
        parser.addLink(parser.row(link.words[0], link.number), to, weight, link.number);
        parser.markListed(to, link.number); // named in the file, even if only as a neighbour
    }
    const auto& listed = parser.listedAt();
    const auto present = static_cast<std::size_t>(
        std::count_if(listed.begin(), listed.end(), [](std::size_t line) { return line != 0; }));
    return parser.finish(headerCount, present, "GWT file " + source, missing);
}

} // namespace

WeightsFileFormat weightsFileFormat(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".gal")
        return WeightsFileFormat::Gal;
    if (extension == ".gwt")
        return WeightsFileFormat::Gwt;
    throw InputError(path.string() + ": weights files end in .gal (neighbours) or .gwt (weighted links)");
}

std::string galText(const SpatialWeights& weights, const WeightsFileHeader& header)
{
    checkIdsWritable(weights);
    std::string out = headerLine(weights, header);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        out += weights.ids()[i] + " " + std::to_string(weights.neighbourCount(i)) + "\n";
        const auto neighbours = weights.neighbours(i);
        for (std::size_t k = 0; k < neighbours.size(); ++k)
            out += (k ? " " : "") + weights.ids()[neighbours[k]];
        out += "\n";
    }
    return out;
}

std::string gwtText(const SpatialWeights& weights, const WeightsFileHeader& header)
{
    checkIdsWritable(weights);
    std::string out = headerLine(weights, header);
    char buffer[32];
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const auto neighbours = weights.neighbours(i);
        const auto values = weights.weights(i);
        for (std::size_t k = 0; k < neighbours.size(); ++k) {
            const auto result = std::to_chars(buffer, buffer + sizeof buffer, values[k]);
            out += weights.ids()[i] + " " + weights.ids()[neighbours[k]] + " " +
                   std::string(buffer, result.ptr) + "\n";
        }
    }
    return out;
}

void writeWeightsFile(const SpatialWeights& weights, const std::filesystem::path& path,
                      const WeightsFileHeader& header, const std::vector<std::string>& inputs)
{
    const WeightsFileFormat format = weightsFileFormat(path);
    writeTextFileAtomically(
        path, format == WeightsFileFormat::Gal ? galText(weights, header) : gwtText(weights, header), inputs);
}

SpatialWeights parseWeightsText(std::string_view text, WeightsFileFormat format, const std::string& source,
                                const std::vector<std::string>& ids, std::vector<std::string>& missing,
                                Feedback& feedback)
{
    if (ids.size() > UINT32_MAX)
        throw InputError("too many areas for spatial weights");
    const std::vector<Line> lines = nonBlankLines(text);
    return format == WeightsFileFormat::Gal ? parseGal(lines, source, ids, missing, feedback)
                                            : parseGwt(lines, source, ids, missing, feedback);
}

SpatialWeights readWeightsFile(const std::filesystem::path& path, const std::vector<std::string>& ids,
                               std::vector<std::string>& missing, Feedback& feedback)
{
    const WeightsFileFormat format = weightsFileFormat(path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path.string() + ": cannot open the weights file");
    std::ostringstream text;
    text << in.rdbuf();
    return parseWeightsText(text.str(), format, path.string(), ids, missing, feedback);
}

WeightsFileReader::WeightsFileReader(std::filesystem::path path) : mPath(std::move(path))
{
    weightsFileFormat(mPath);
}

SpatialWeights WeightsFileReader::neighbours(const AreaSet& areas, WeightsReport& report,
                                             Feedback& feedback) const
{
    return readWeightsFile(mPath, areas.ids(), report.missingFromFile, feedback);
}

} // namespace bib::core

// SPDX-License-Identifier: GPL-3.0-or-later
// Areas loaded into a real PostGIS server with ogr2ogr and read back through a "PG:" connection
// string must equal the areas read from the file they came from. The server is the ctest fixture
// postgis.startServer (tests/postgis/start-server.sh); run these tests with `ctest -L postgis`.
#include "io/arealoader.h"
#include "io/gdalutil.h"
#include "model/geometry.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using bib::core::AreaSet;
using bib::core::AreaSource;
using bib::core::InputError;
using bib::core::SilentFeedback;
using bib::test::TempDir;

/// Parameters of one libpq connection, turned into a GDAL "PG:" connection string.
struct Connection
{
    std::string host;
    std::string port;
    std::string database;
    std::string user;
    std::string password;

    std::string gdalPath() const
    {
        std::string path = "PG:host=" + host + " port=" + port + " dbname=" + database + " user=" + user;
        if (!password.empty())
            path += " password=" + password;
        return path + " connect_timeout=10";
    }
};

std::map<std::string, std::string> readServerSettings()
{
    std::ifstream in(BIB_POSTGIS_CONNECTION_FILE);
    std::map<std::string, std::string> values;
    for (std::string line; std::getline(in, line);) {
        const auto equals = line.find('=');
        if (equals != std::string::npos)
            values[line.substr(0, equals)] = line.substr(equals + 1);
    }
    return values;
}

std::string shellQuote(const std::string& text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// A TCP port on 127.0.0.1 that nothing listens on: bound by the kernel's choice, then released.
std::string closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        throw std::runtime_error("cannot pick a closed port");
    ::close(fd);
    return std::to_string(ntohs(address.sin_port));
}

/// A small polygon layer in EPSG:28992 (RD New) covering what a loader must get right: a hole, a
/// two-part area, a NULL number, a NULL name, non-ASCII text, a self-intersecting "bow tie" that
/// is repaired, and a feature without a geometry.
struct SmallArea
{
    const char* code;
    const char* name; ///< nullptr: NULL
    std::optional<int> inhabitants;
    std::optional<double> density;
    const char* wkt;     ///< nullptr: no geometry
    double expectedArea; ///< m², by hand from the coordinates
};

const std::vector<SmallArea>& smallAreas()
{
    static const std::vector<SmallArea> areas = {
        {"A1", "Oud-Zuid – Café ’t Hoekje", 1200, 3.5,
         "MULTIPOLYGON(((120000 480000,120100 480000,120100 480100,120000 480100,120000 480000),"
         "(120040 480040,120040 480060,120060 480060,120060 480040,120040 480040)))",
         100.0 * 100.0 - 20.0 * 20.0},
        {"A2", "Noord", std::nullopt, 2.25,
         "MULTIPOLYGON(((120200 480000,120250 480000,120250 480050,120200 480050,120200 480000)),"
         "((120300 480000,120350 480000,120350 480050,120300 480050,120300 480000)))",
         2 * 50.0 * 50.0},
        {"A3", nullptr, 15, std::nullopt,
         "MULTIPOLYGON(((120400 480000,120460 480000,120400 480080,120400 480000)))", 0.5 * 60.0 * 80.0},
        // Two triangles of 10 m base and 5 m height meeting at (120505, 480005).
        {"A4", "Strik", 300, 0.125,
         "MULTIPOLYGON(((120500 480000,120510 480010,120510 480000,120500 480010,120500 480000)))",
         2 * 0.5 * 10.0 * 5.0},
        {"A5", "Zonder vorm", 0, 0.0, nullptr, 0.0},
    };
    return areas;
}

void writeSmallLayer(const std::string& path, const std::string& layerName)
{
    bib::core::ensureGdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    ASSERT_NE(driver, nullptr);
    bib::core::GdalDatasetPtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_NE(dataset, nullptr);
    OGRSpatialReference rdNew;
    rdNew.importFromEPSG(28992);
    OGRLayer* layer = dataset->CreateLayer(layerName.c_str(), &rdNew, wkbMultiPolygon, nullptr);
    ASSERT_NE(layer, nullptr);
    OGRFieldDefn code("code", OFTString), name("naam", OFTString), inhabitants("inwoners", OFTInteger),
        density("dichtheid", OFTReal);
    for (OGRFieldDefn* field : {&code, &name, &inhabitants, &density})
        ASSERT_EQ(layer->CreateField(field), OGRERR_NONE);
    for (const SmallArea& area : smallAreas()) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("code", area.code);
        if (area.name)
            feature.SetField("naam", area.name);
        else
            feature.SetFieldNull(feature.GetFieldIndex("naam"));
        if (area.inhabitants)
            feature.SetField("inwoners", *area.inhabitants);
        else
            feature.SetFieldNull(feature.GetFieldIndex("inwoners"));
        if (area.density)
            feature.SetField("dichtheid", *area.density);
        else
            feature.SetFieldNull(feature.GetFieldIndex("dichtheid"));
        if (area.wkt) {
            OGRGeometry* geometry = nullptr;
            ASSERT_EQ(OGRGeometryFactory::createFromWkt(area.wkt, &rdNew, &geometry), OGRERR_NONE)
                << area.wkt;
            feature.SetGeometryDirectly(geometry);
        }
        ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
    }
}

double relativeDifference(double a, double b)
{
    const double scale = std::max(std::abs(a), std::abs(b));
    return scale == 0.0 ? 0.0 : std::abs(a - b) / scale;
}

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b || relativeDifference(a, b) < 1e-12;
}

std::vector<std::string> columnNames(const AreaSet& areas)
{
    std::vector<std::string> names;
    for (const auto& c : areas.columns())
        names.push_back(c.name);
    for (const auto& c : areas.textColumns())
        names.push_back(c.name + " (text)");
    return names;
}

/// Ids, names, every numeric and text column and polygon areas (within 1e-6 relative) agree, row
/// by row matched on the id (the database need not return rows in file order).
void expectSameAreas(const AreaSet& fromFile, const AreaSet& fromDatabase)
{
    ASSERT_EQ(fromDatabase.size(), fromFile.size());
    EXPECT_EQ(std::set<std::string>(fromDatabase.ids().begin(), fromDatabase.ids().end()),
              std::set<std::string>(fromFile.ids().begin(), fromFile.ids().end()));
    ASSERT_EQ(columnNames(fromDatabase), columnNames(fromFile));
    EXPECT_EQ(fromDatabase.crs, fromFile.crs);
    for (std::size_t row = 0; row < fromFile.size(); ++row) {
        const std::string& id = fromFile.id(row);
        const auto other = fromDatabase.rowOf(id);
        ASSERT_TRUE(other) << id;
        EXPECT_EQ(fromDatabase.name(*other), fromFile.name(row)) << id;
        const double fileArea = bib::core::area(fromFile.shape(row));
        const double databaseArea = bib::core::area(fromDatabase.shape(*other));
        EXPECT_LE(relativeDifference(databaseArea, fileArea), 1e-6)
            << id << ": " << databaseArea << " m² vs " << fileArea;
        EXPECT_EQ(fromDatabase.shape(*other).polygons.size(), fromFile.shape(row).polygons.size()) << id;
        for (const auto& column : fromFile.columns()) {
            const double expected = column.values[row];
            const double actual = fromDatabase.column(column.name)->values[*other];
            EXPECT_TRUE(sameNumber(actual, expected))
                << id << " " << column.name << ": " << actual << " vs " << expected;
        }
        for (const auto& column : fromFile.textColumns())
            EXPECT_EQ(fromDatabase.textColumn(column.name)->values[*other], column.values[row])
                << id << " " << column.name;
    }
}

class PostgisReadBack : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto settings = readServerSettings();
        if (!settings.count("BIB_PG_PORT"))
            FAIL() << "no server parameters in " << BIB_POSTGIS_CONNECTION_FILE
                   << ": the ctest fixture postgis.startServer starts the server; run these tests with ctest "
                      "-L postgis";
        mServer = {settings.at("BIB_PG_HOST"), settings.at("BIB_PG_PORT"), settings.at("BIB_PG_DBNAME"),
                   settings.at("BIB_PG_USER"), ""};
        mReader = {mServer.host, mServer.port, mServer.database, settings.at("BIB_PG_PASSWORD_USER"),
                   settings.at("BIB_PG_PASSWORD")};
    }

    /// Copies a layer into the table `table` (replacing it) with ogr2ogr, as a user would.
    void loadIntoDatabase(const std::string& path, const std::string& layer, const std::string& table)
    {
        const std::string output = mTemp.file("ogr2ogr-" + table + ".txt");
        const std::string command = shellQuote(BIB_OGR2OGR) + " -f PostgreSQL " +
                                    shellQuote(mServer.gdalPath()) + " " + shellQuote(path) + " " +
                                    shellQuote(layer) + " -nln " + shellQuote(table) +
                                    " -overwrite -lco GEOMETRY_NAME=geom >" + shellQuote(output) + " 2>&1";
        const int status = std::system(command.c_str());
        ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
            << "ogr2ogr failed loading " << path << " into " << table << ":\n"
            << bib::test::readFile(output);
    }

    std::string writeAndLoadSmallLayer(const std::string& table)
    {
        const std::string path = mTemp.file("small.gpkg");
        writeSmallLayer(path, "kleine_buurten");
        if (HasFatalFailure())
            return path;
        loadIntoDatabase(path, "kleine_buurten", table);
        return path;
    }

    static AreaSet read(const std::string& path, const std::string& layer, const std::string& id,
                        const std::string& name, const std::string& filter, SilentFeedback& feedback)
    {
        AreaSource source;
        source.path = path;
        source.layer = layer;
        source.idField = id;
        source.nameField = name;
        source.filter = filter;
        return bib::core::loadAreas(source, feedback);
    }

    /// The message of the InputError that reading `layer` through `connection` throws.
    static std::string inputErrorReading(const Connection& connection, const std::string& layer)
    {
        SilentFeedback feedback;
        try {
            read(connection.gdalPath(), layer, "code", "", "", feedback);
        } catch (const InputError& error) {
            return error.what();
        }
        ADD_FAILURE() << "reading through " << connection.gdalPath() << " did not throw an InputError";
        return {};
    }

    Connection mServer;
    Connection mReader; ///< a role that needs its password
    TempDir mTemp;
};

std::string realBuurten()
{
    return bib::test::realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
}

TEST_F(PostgisReadBack, generatedLayerEqualsTheGeoPackageRead)
{
    const std::string path = writeAndLoadSmallLayer("small_equal");
    SilentFeedback fileFeedback, databaseFeedback;
    const AreaSet fromFile = read(path, "kleine_buurten", "code", "naam", "", fileFeedback);
    const AreaSet fromDatabase =
        read(mServer.gdalPath(), "small_equal", "code", "naam", "", databaseFeedback);

    expectSameAreas(fromFile, fromDatabase);
    for (const SmallArea& expected : smallAreas()) {
        const auto row = fromDatabase.rowOf(expected.code);
        ASSERT_TRUE(row) << expected.code;
        EXPECT_EQ(fromDatabase.name(*row), expected.name ? expected.name : "");
        EXPECT_NEAR(bib::core::area(fromDatabase.shape(*row)), expected.expectedArea,
                    1e-6 * expected.expectedArea)
            << expected.code;
    }
    EXPECT_TRUE(std::isnan(fromDatabase.column("inwoners")->values[*fromDatabase.rowOf("A2")]));
    EXPECT_TRUE(std::isnan(fromDatabase.column("dichtheid")->values[*fromDatabase.rowOf("A3")]));
    // The repaired bow tie (A4) and the area without a geometry (A5) are reported either way.
    EXPECT_EQ(databaseFeedback.warningCount(), fileFeedback.warningCount());
    std::set<std::string> warned;
    for (const auto& warning : databaseFeedback.warnings())
        warned.insert(warning.featureId);
    EXPECT_TRUE(warned.count("A4") && warned.count("A5"))
        << "warnings for the bow tie and the missing geometry";
}

TEST_F(PostgisReadBack, filterIsAppliedThroughTheDatabase)
{
    writeAndLoadSmallLayer("small_filter");
    SilentFeedback feedback;
    const AreaSet areas =
        read(mServer.gdalPath(), "small_filter", "code", "naam", "inwoners >= 100", feedback);
    EXPECT_EQ(areas.ids(), (std::vector<std::string>{"A1", "A4"}));
}

// PostgreSQL checks the filter, not GDAL: the error comes while reading, and must still be an
// InputError that names the field, not "no features match the filter".
TEST_F(PostgisReadBack, filterOnAnUnknownFieldIsAnInputErrorNamingIt)
{
    writeAndLoadSmallLayer("small_bad_filter");
    SilentFeedback feedback;
    try {
        read(mServer.gdalPath(), "small_bad_filter", "code", "", "bevolking > 3", feedback);
        FAIL() << "no InputError";
    } catch (const InputError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("column \"bevolking\" does not exist"), std::string::npos) << message;
        EXPECT_NE(message.find("check the filter \"bevolking > 3\""), std::string::npos) << message;
    }
}

TEST_F(PostgisReadBack, unknownTableListsTheAvailableLayers)
{
    writeAndLoadSmallLayer("small_listed");
    const std::string message = inputErrorReading(mServer, "no_such_table");
    EXPECT_NE(message.find("no layer 'no_such_table'"), std::string::npos) << message;
    EXPECT_NE(message.find("small_listed"), std::string::npos) << message;
}

TEST_F(PostgisReadBack, passwordRoleReadsWithTheRightPassword)
{
    writeAndLoadSmallLayer("small_password");
    SilentFeedback feedback;
    EXPECT_EQ(read(mReader.gdalPath(), "small_password", "code", "naam", "", feedback).size(),
              smallAreas().size());
}

TEST_F(PostgisReadBack, wrongPasswordIsAnInputErrorThatNamesTheCause)
{
    Connection wrong = mReader;
    wrong.password = "not-the-password-4711";
    const std::string message = inputErrorReading(wrong, "small_password");
    EXPECT_NE(message.find("cannot connect to the database"), std::string::npos) << message;
    EXPECT_NE(message.find("password authentication failed"), std::string::npos) << message;
    EXPECT_EQ(message.find(wrong.password), std::string::npos)
        << "the message repeats the password: " << message;
}

TEST_F(PostgisReadBack, closedPortIsAnInputErrorThatNamesTheCause)
{
    Connection wrong = mServer;
    wrong.port = closedPort();
    const std::string message = inputErrorReading(wrong, "small_equal");
    EXPECT_NE(message.find("cannot connect to the database"), std::string::npos) << message;
    EXPECT_NE(message.find("port " + wrong.port), std::string::npos) << message;
    EXPECT_NE(message.find("Connection refused"), std::string::npos) << message;
}

TEST_F(PostgisReadBack, unknownDatabaseIsAnInputErrorThatNamesTheCause)
{
    Connection wrong = mServer;
    wrong.database = "geen_database";
    const std::string message = inputErrorReading(wrong, "small_equal");
    EXPECT_NE(message.find("cannot connect to the database"), std::string::npos) << message;
    EXPECT_NE(message.find("\"geen_database\" does not exist"), std::string::npos) << message;
}

TEST_F(PostgisReadBack, utrechtRotterdamBuurtenEqualTheGeoPackageRead)
{
    const std::string path = realBuurten();
    if (path.empty())
        GTEST_SKIP() << "no real data in " << BIB_REAL_DATA_DIR;
    loadIntoDatabase(path, "buurten", "buurten_equal");
    SilentFeedback fileFeedback, databaseFeedback;
    const AreaSet fromFile = read(path, "buurten", "bu_code", "bu_naam", "", fileFeedback);
    const AreaSet fromDatabase =
        read(mServer.gdalPath(), "buurten_equal", "bu_code", "bu_naam", "", databaseFeedback);

    EXPECT_EQ(fromFile.size(), 203u); // ogrinfo -so: Feature Count 203
    ASSERT_NE(fromDatabase.column("aant_inw"), nullptr);
    ASSERT_NE(fromDatabase.column("p_00_14_jr"), nullptr);
    expectSameAreas(fromFile, fromDatabase);
    EXPECT_EQ(databaseFeedback.warningCount(), fileFeedback.warningCount());
}

TEST_F(PostgisReadBack, gemeenteFilterSelectsTheUtrechtBuurten)
{
    const std::string path = realBuurten();
    if (path.empty())
        GTEST_SKIP() << "no real data in " << BIB_REAL_DATA_DIR;
    loadIntoDatabase(path, "buurten", "buurten_filter");
    SilentFeedback feedback;
    const AreaSet areas =
        read(mServer.gdalPath(), "buurten_filter", "bu_code", "bu_naam", "gm_code = 'GM0344'", feedback);

    // ogrinfo -sql "select count(*) from buurten where gm_code='GM0344'" on the GeoPackage: 111.
    EXPECT_EQ(areas.size(), 111u);
    const auto* municipality = areas.textColumn("gm_code");
    ASSERT_NE(municipality, nullptr);
    for (const auto& code : municipality->values)
        EXPECT_EQ(code, "GM0344");
}

} // namespace

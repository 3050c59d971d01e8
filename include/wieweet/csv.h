// CSV as spreadsheets write it (RFC 4180): quoted fields may hold separators, quotes ("") and line
// breaks; a UTF-8 byte-order mark is ignored; ",", ";" or a tab separates (Dutch Excel writes ";"). Small and
// our own: the formats we read are a handful of columns, not worth a dependency.
#ifndef WIEWEET_CSV_H_
#define WIEWEET_CSV_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "wieweet/status.h"

namespace wieweet {

struct CsvRecord {
  std::size_t line = 0;  // where the record starts, 1-based
  std::vector<std::string> fields;
};

// Reads `in` record by record. The separator is taken from the first line: whichever of ';', ','
// and tab it uses most outside quotes (',' when none). A record that cannot be read (an unterminated quote, text after a closing
// quote, invalid UTF-8) is passed to `on_error` as "file:line: reason" and skipped; blank lines are
// skipped. Returns an IoError only when the stream itself fails.
Status read_csv(std::istream& in, const std::string& name, const std::function<void(CsvRecord&&)>& on_record,
                const std::function<void(const Status&)>& on_error);

// One field, quoted when it holds a separator, a quote or a line break; with a leading =, +, - or @
// prefixed by a quote mark, so a spreadsheet never runs it as a formula.
std::string csv_field(std::string_view value);

}  // namespace wieweet

#endif  // WIEWEET_CSV_H_

#include "ingest/sources/document_files.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>

#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

std::string lower_extension(const std::string& name) {
  std::string extension = std::filesystem::path(name).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// Plain text is stored as it is, once we know it is UTF-8 (a BOM dropped).
Result<FileText> extract_plain(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (!is_valid_utf8(bytes)) return Status::invalid_argument("not UTF-8 text (save it as UTF-8)");
  return FileText{"", std::string(bytes)};
}

// Markdown is readable as text; its first level-one heading ("# Title") is the title.
Result<FileText> extract_markdown(std::string_view bytes) {
  auto text = extract_plain(bytes);
  if (!text.ok()) return text;
  std::istringstream lines(text->body);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("# ", 0) == 0) {
      text->title = trim_blanks(std::string_view(line).substr(2));
      break;
    }
  }
  return text;
}

}  // namespace

Result<std::string> read_file_bytes(const std::string& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error) return Status::io_error("cannot read: " + error.message());
  if (size > kMaxDocumentFileBytes) {
    return Status::invalid_argument("larger than " + std::to_string(kMaxDocumentFileBytes >> 20) + " MiB");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error("cannot read");
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (static_cast<std::size_t>(in.gcount()) != bytes.size()) return Status::io_error("read error");
  return bytes;
}

Result<FileText> extract_text(const std::string& name, std::string_view bytes) {
  const std::string extension = lower_extension(name);
  Result<FileText> text = Status::invalid_argument("unsupported file type \"" + extension +
                                                   "\" (use .txt, .md, .html, .htm, .pdf or .docx)");
  if (extension == ".txt") {
    text = extract_plain(bytes);
  } else if (extension == ".md" || extension == ".markdown") {
    text = extract_markdown(bytes);
  } else if (extension == ".html" || extension == ".htm") {
    text = extract_html(bytes);
  } else if (extension == ".pdf") {
    text = extract_pdf(bytes);
  } else if (extension == ".docx") {
    text = extract_docx(bytes);
  }
  if (!text.ok()) return text;
  text->title = trim_blanks(text->title);
  if (!is_valid_utf8(text->title)) text->title.clear();
  if (trim_blanks(text->body).empty()) return Status::invalid_argument("no text found (a scanned image?)");
  return text;
}

std::string content_hash(std::initializer_list<std::string_view> parts) {
  std::uint64_t hash = 14695981039346656037ull;
  for (std::string_view part : parts) {
    for (unsigned char c : part) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
    hash ^= 0xff;  // a separator, so ("ab", "c") and ("a", "bc") differ
    hash *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

}  // namespace wieweet

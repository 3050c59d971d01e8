// Text out of the files an association really has: plain text, Markdown, HTML, PDF and Word (.docx).
// Each format is read with a real parser from Debian (docs/ingest-format.md lists them and why):
// poppler-cpp for PDF, libxml2's HTML parser for HTML, libzip and libxml2 for DOCX. Never a regex
// over markup.
#ifndef WIEWEET_SRC_DOCUMENT_FILES_H_
#define WIEWEET_SRC_DOCUMENT_FILES_H_

#include <string>
#include <string_view>

#include "wieweet/status.h"

namespace wieweet {

struct FileText {
  std::string title;  // from the file itself (PDF/DOCX properties, <title>, a Markdown heading), or ""
  std::string body;   // the readable text, paragraphs separated by line breaks; valid UTF-8
};

// Files larger than this are refused rather than read into memory.
inline constexpr std::size_t kMaxDocumentFileBytes = 64u << 20;

// Reads a whole file. Errors: IoError ("cannot read"), InvalidArgument (too large).
Result<std::string> read_file_bytes(const std::string& path);

// Extracts the text of `bytes`, the content of a file named `name` whose extension (.txt .md .html
// .htm .pdf .docx, any case) says its format. Errors: InvalidArgument with a short reason fit to
// follow "file: " (an unsupported extension, a corrupt or encrypted file, no text at all). Thread-safe.
Result<FileText> extract_text(const std::string& name, std::string_view bytes);

// A stable hex digest of `parts` (FNV-1a, 64 bits): enough to notice a changed file, not a
// security boundary.
std::string content_hash(std::initializer_list<std::string_view> parts);

// Per format; `bytes` as above. Errors: InvalidArgument with the reason.
Result<FileText> extract_pdf(std::string_view bytes);
Result<FileText> extract_html(std::string_view bytes);
Result<FileText> extract_docx(std::string_view bytes);

}  // namespace wieweet

#endif  // WIEWEET_SRC_DOCUMENT_FILES_H_

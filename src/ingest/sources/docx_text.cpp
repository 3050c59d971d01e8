// Word (.docx) text: the file is a zip archive (libzip) whose word/document.xml holds paragraphs
// (w:p) of runs of text (w:t); docProps/core.xml may hold the title (dc:title). Parsed with libxml2,
// never fetching anything from the network and never expanding entities.
#include <memory>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "ingest/sources/document_files.h"

namespace wieweet {
namespace {

constexpr const char* kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kDublinCore = "http://purl.org/dc/elements/1.1/";
// A zip bomb is refused rather than inflated.
constexpr zip_uint64_t kMaxPartBytes = 256u << 20;

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

// One member of the archive, or nullopt-like empty Result when absent.
Result<std::string> read_part(zip_t* archive, const char* name) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name, 0, &stat) != 0) return Status::not_found(name);
  if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > kMaxPartBytes) {
    return Status::invalid_argument(std::string(name) + " is too large");
  }
  zip_file_t* file = zip_fopen(archive, name, 0);
  if (file == nullptr) return Status::invalid_argument(std::string("cannot open ") + name + " (encrypted?)");
  std::string data(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t got = zip_fread(file, data.data(), data.size());
  zip_fclose(file);
  if (got < 0 || static_cast<std::size_t>(got) != data.size()) {
    return Status::invalid_argument(std::string(name) + " is damaged");
  }
  return data;
}

std::unique_ptr<xmlDoc, XmlDocFree> parse_xml(const std::string& data) {
  return std::unique_ptr<xmlDoc, XmlDocFree>(xmlReadMemory(
      data.data(), static_cast<int>(data.size()), nullptr, nullptr,
      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

bool is(const xmlNode* node, const char* ns, const char* name) {
  return node->type == XML_ELEMENT_NODE && node->ns != nullptr &&
         xmlStrEqual(node->ns->href, reinterpret_cast<const xmlChar*>(ns)) &&
         xmlStrEqual(node->name, reinterpret_cast<const xmlChar*>(name));
}

void collect(const xmlNode* node, std::string* out) {
  for (; node != nullptr; node = node->next) {
    if (is(node, kWordNamespace, "t")) {
      for (const xmlNode* text = node->children; text != nullptr; text = text->next) {
        if (text->content != nullptr) *out += reinterpret_cast<const char*>(text->content);
      }
      continue;
    }
    if (is(node, kWordNamespace, "tab")) *out += '\t';
    if (is(node, kWordNamespace, "br") || is(node, kWordNamespace, "cr")) *out += '\n';
    collect(node->children, out);
    if (is(node, kWordNamespace, "p")) *out += '\n';
  }
}

std::string core_title(zip_t* archive) {
  auto core = read_part(archive, "docProps/core.xml");
  if (!core.ok()) return {};
  auto doc = parse_xml(core.value());
  if (!doc) return {};
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  for (const xmlNode* node = root != nullptr ? root->children : nullptr; node != nullptr; node = node->next) {
    if (!is(node, kDublinCore, "title")) continue;
    xmlChar* content = xmlNodeGetContent(node);
    std::string title = content != nullptr ? reinterpret_cast<const char*>(content) : "";
    xmlFree(content);
    return title;
  }
  return {};
}

}  // namespace

Result<FileText> extract_docx(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) return Status::invalid_argument("cannot read the file");
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (!archive) {
    zip_source_free(source);
    zip_error_fini(&error);
    // Password-protected Word files are not zip archives but encrypted containers.
    return Status::invalid_argument("not a DOCX file (not a zip archive; a password-protected file?)");
  }
  zip_error_fini(&error);
  auto document = read_part(archive.get(), "word/document.xml");
  if (!document.ok()) {
    if (document.status().code() == StatusCode::kNotFound) {
      return Status::invalid_argument("not a DOCX file (a zip archive without word/document.xml)");
    }
    return document.status();
  }
  auto doc = parse_xml(document.value());
  if (!doc) return Status::invalid_argument("word/document.xml is not well-formed XML");
  FileText text;
  collect(xmlDocGetRootElement(doc.get()), &text.body);
  text.title = core_title(archive.get());
  return text;
}

}  // namespace wieweet

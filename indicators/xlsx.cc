// XLSX over libzip (the zip container) and pugixml (its XML parts). The only file that includes
// either; their errors and exceptions become diagnostics here.
#include "indicators/xlsx.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <exception>
#include <map>
#include <new>
#include <string>
#include <vector>

#include "indicators/limits.h"
#include "indicators/xlsx_number_format.h"
#include <pugixml.hpp>
#include <zip.h>

namespace jixiao {
namespace {

constexpr int kMaxRow = 1'048'576;  // the most rows and columns a sheet may have
constexpr int kMaxColumn = 16'384;  // XFD
constexpr const char* kResaveHint =
    "文件可能已损坏；请用 Excel 或 WPS 打开后另存为 .xlsx，或另存为 CSV（UTF-8）";

// The workbook's zip container, read from memory. Counts what it inflates against
// kMaxXlsxInflatedBytes.
class Zip {
 public:
  enum class Status { kOk, kMissing, kCorrupt, kTooLarge };

  explicit Zip(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source != nullptr) {
      zip_ = zip_open_from_source(source, ZIP_RDONLY, &error);
      if (zip_ == nullptr) zip_source_free(source);
    }
    zip_error_fini(&error);
  }
  ~Zip() {
    if (zip_ != nullptr) zip_discard(zip_);
  }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  bool ok() const { return zip_ != nullptr; }

  // Inflates part `name` into `out`, refusing it before inflating when its declared size would
  // pass the limit, and while inflating when it holds more than it declared.
  Status Read(const std::string& name, std::string& out) {
    zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
    if (index < 0) return Status::kMissing;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        (stat.valid & ZIP_STAT_SIZE) == 0)
      return Status::kCorrupt;
    if (stat.size > kMaxXlsxInflatedBytes - inflated_) return Status::kTooLarge;
    zip_file_t* part = zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0);
    if (part == nullptr) return Status::kCorrupt;
    out.assign(static_cast<size_t>(stat.size), '\0');
    size_t got = 0;
    Status status = Status::kOk;
    while (got < out.size()) {
      zip_int64_t n = zip_fread(part, out.data() + got, out.size() - got);
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    char extra;
    if (got != out.size() || zip_fread(part, &extra, 1) != 0) status = Status::kCorrupt;
    zip_fclose(part);
    inflated_ += got;
    return status;
  }

 private:
  zip_t* zip_ = nullptr;
  size_t inflated_ = 0;
};

std::string_view LocalName(const char* name) {
  std::string_view s(name);
  size_t colon = s.rfind(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

pugi::xml_node Child(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_node c : node.children())
    if (LocalName(c.name()) == name) return c;
  return {};
}

// The relationship id of a <sheet>: its r:id attribute, whatever the prefix.
std::string RelationshipId(pugi::xml_node node) {
  for (pugi::xml_attribute a : node.attributes())
    if (std::strchr(a.name(), ':') != nullptr && LocalName(a.name()) == "id") return a.value();
  return {};
}

// The text of a shared or inline string: its <t>, or its rich text runs' <t> joined (phonetic
// runs, <rPh>, are not part of the value).
std::string StringItemText(pugi::xml_node item) {
  std::string text;
  for (pugi::xml_node c : item.children()) {
    std::string_view name = LocalName(c.name());
    if (name == "t") {
      text += c.text().get();
    } else if (name == "r") {
      if (pugi::xml_node t = Child(c, "t")) text += t.text().get();
    }
  }
  return text;
}

// A number as written in <v>, with at most 15 significant digits as spreadsheets show it
// (producers write doubles in full: 0.1 + 0.2 as 0.30000000000000004).
std::string NumberText(const std::string& v) {
  int digits = 0;
  bool leading = true;
  for (char c : v) {
    if (c == 'e' || c == 'E') break;
    if (c < '0' || c > '9') continue;
    if (c != '0') leading = false;
    if (!leading) ++digits;
  }
  if (digits <= 15) return v;
  double value = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
  if (ec != std::errc() || end != v.data() + v.size()) return v;
  char buffer[64];
  auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 15);
  return std::string(buffer, result.ptr);
}

// Parses "B7" into row 7, column 2. False when it is not a cell reference within a sheet.
bool ParseCellReference(std::string_view ref, int& row, int& column) {
  size_t i = 0;
  column = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && column <= kMaxColumn)
    column = column * 26 + (ref[i++] - 'A' + 1);
  row = 0;
  size_t digits = i;
  while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && row <= kMaxRow)
    row = row * 10 + (ref[i++] - '0');
  return i == ref.size() && digits > 0 && i > digits && column >= 1 && column <= kMaxColumn &&
         row >= 1 && row <= kMaxRow;
}

// "xl/" + "worksheets/sheet1.xml", or an absolute "/xl/…" target; "../" steps up.
std::string ResolvePart(const std::string& directory, const std::string& target) {
  std::string path = target.starts_with('/') ? target.substr(1) : directory + target;
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string part = path.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  std::string joined;
  for (const std::string& p : parts) joined += (joined.empty() ? "" : "/") + p;
  return joined;
}

std::string Directory(const std::string& part) {
  size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

struct Cell {
  int row = 0;
  int column = 0;
  std::string text;
};

struct MergedRange {
  int first_row = 0, first_column = 0, last_row = 0, last_column = 0;
};

class WorkbookReader {
 public:
  WorkbookReader(std::string_view bytes, const std::string& file,
                 std::vector<Diagnostic>& diagnostics)
      : zip_(bytes), file_(file), diagnostics_(diagnostics) {}

  bool Read(const std::string& sheet, CsvTable& out);

 private:
  void Error(std::string message, std::string hint, int row = 0, int column = 0) {
    AddError(diagnostics_, SourceLocation{file_, row, column}, std::move(message), std::move(hint));
  }
  // Inflates part `name` into `storage` and parses it in place into `doc`.
  bool LoadPart(const std::string& name, std::string& storage, pugi::xml_document& doc);
  // The relationships of `part` (from its _rels/NAME.rels), as parallel lists of id, type and
  // target part.
  bool LoadRelationships(const std::string& part, std::vector<std::string>& ids,
                         std::vector<std::string>& types, std::vector<std::string>& targets);
  bool LoadSharedStrings(const std::string& part);
  // The number format kind of each cell style (cellXfs), from the styles part.
  bool LoadStyles(const std::string& part);
  // What the number of cell `c` stands for under its style: "99.88%" for 0.9988 as 0.00%.
  std::string NumberCell(pugi::xml_node c, const std::string& v) const;
  bool ReadSheet(const std::string& part, const std::string& name, CsvTable& out);

  Zip zip_;
  const std::string& file_;
  std::vector<Diagnostic>& diagnostics_;
  std::vector<std::string> shared_strings_;
  std::vector<NumberFormatKind> cell_formats_;  // by cell style index (a cell's s attribute)
  bool date1904_ = false;                       // serial dates count from 1904-01-01
};

bool WorkbookReader::LoadPart(const std::string& name, std::string& storage,
                              pugi::xml_document& doc) {
  switch (zip_.Read(name, storage)) {
    case Zip::Status::kOk:
      break;
    case Zip::Status::kMissing:
      Error("XLSX 文件缺少「" + name + "」", kResaveHint);
      return false;
    case Zip::Status::kCorrupt:
      Error("XLSX 文件中的「" + name + "」无法解压（文件已损坏）", kResaveHint);
      return false;
    case Zip::Status::kTooLarge:
      Error("XLSX 文件解压后过大（超过上限 " + std::to_string(kMaxXlsxInflatedBytes) + " 字节）",
            "正常的自评表远小于此；文件可能是恶意构造的压缩包（zip 炸弹）");
      return false;
  }
  pugi::xml_parse_result parsed = doc.load_buffer_inplace(storage.data(), storage.size());
  if (!parsed) {
    Error("XLSX 文件中的「" + name + "」不是有效的 XML（字节 " + std::to_string(parsed.offset) +
              "：" + parsed.description() + "）",
          kResaveHint);
    return false;
  }
  return true;
}

bool WorkbookReader::LoadRelationships(const std::string& part, std::vector<std::string>& ids,
                                       std::vector<std::string>& types,
                                       std::vector<std::string>& targets) {
  std::string directory = Directory(part);
  std::string rels = directory + "_rels/" + part.substr(directory.size()) + ".rels";
  std::string storage;
  pugi::xml_document doc;
  if (!LoadPart(rels, storage, doc)) return false;
  for (pugi::xml_node r : Child(doc, "Relationships").children()) {
    if (LocalName(r.name()) != "Relationship") continue;
    if (std::string_view(r.attribute("TargetMode").value()) == "External") continue;
    ids.emplace_back(r.attribute("Id").value());
    types.emplace_back(r.attribute("Type").value());
    targets.push_back(ResolvePart(directory, r.attribute("Target").value()));
  }
  return true;
}

bool WorkbookReader::LoadSharedStrings(const std::string& part) {
  std::string storage;
  pugi::xml_document doc;
  if (!LoadPart(part, storage, doc)) return false;
  for (pugi::xml_node si : Child(doc, "sst").children())
    if (LocalName(si.name()) == "si") shared_strings_.push_back(StringItemText(si));
  return true;
}

bool WorkbookReader::LoadStyles(const std::string& part) {
  std::string storage;
  pugi::xml_document doc;
  if (!LoadPart(part, storage, doc)) return false;
  pugi::xml_node styles = Child(doc, "styleSheet");
  std::map<int, std::string> codes;
  for (pugi::xml_node f : Child(styles, "numFmts").children())
    if (LocalName(f.name()) == "numFmt")
      codes[f.attribute("numFmtId").as_int(-1)] = f.attribute("formatCode").value();
  for (pugi::xml_node xf : Child(styles, "cellXfs").children()) {
    if (LocalName(xf.name()) != "xf") continue;
    int id = xf.attribute("numFmtId").as_int(0);
    auto code = codes.find(id);
    cell_formats_.push_back(ClassifyNumberFormat(id, code == codes.end() ? "" : code->second));
  }
  return true;
}

std::string WorkbookReader::NumberCell(pugi::xml_node c, const std::string& v) const {
  unsigned style = c.attribute("s").as_uint(0);
  NumberFormatKind kind =
      style < cell_formats_.size() ? cell_formats_[style] : NumberFormatKind::kNumber;
  return NumberCellText(NumberText(v), kind, date1904_);
}

bool WorkbookReader::Read(const std::string& sheet, CsvTable& out) {
  if (!zip_.ok()) {
    Error("不是 XLSX 文件（无法按 ZIP 压缩包读取）",
          "请用 Excel 或 WPS 另存为 .xlsx（不是 .xls 或 .et），或另存为 CSV（UTF-8）");
    return false;
  }
  std::vector<std::string> ids, types, targets;
  if (!LoadRelationships("", ids, types, targets)) return false;
  std::string workbook_part = "xl/workbook.xml";
  for (size_t i = 0; i < types.size(); ++i)
    if (types[i].ends_with("/officeDocument")) workbook_part = targets[i];
  std::string workbook_storage;
  pugi::xml_document workbook;
  if (!LoadPart(workbook_part, workbook_storage, workbook)) return false;
  ids.clear();
  types.clear();
  targets.clear();
  if (!LoadRelationships(workbook_part, ids, types, targets)) return false;
  for (size_t i = 0; i < types.size(); ++i) {
    if (types[i].ends_with("/sharedStrings") && !LoadSharedStrings(targets[i])) return false;
    if (types[i].ends_with("/styles") && !LoadStyles(targets[i])) return false;
  }
  std::string_view date1904 =
      Child(Child(workbook, "workbook"), "workbookPr").attribute("date1904").value();
  date1904_ = date1904 == "1" || date1904 == "true";

  std::vector<std::string> names;
  std::string chosen_id, chosen_name;
  for (pugi::xml_node s : Child(Child(workbook, "workbook"), "sheets").children()) {
    if (LocalName(s.name()) != "sheet") continue;
    names.emplace_back(s.attribute("name").value());
    if (chosen_id.empty() && (sheet.empty() || names.back() == sheet)) {
      chosen_id = RelationshipId(s);
      chosen_name = names.back();
      if (chosen_id.empty()) chosen_id = "?";
    }
  }
  if (names.empty()) {
    Error("工作簿中没有工作表", kResaveHint);
    return false;
  }
  if (chosen_id.empty()) {
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : "、") + n;
    Error("没有名为「" + sheet + "」的工作表（有：" + list + "）", "用 --sheet 指定其中一个");
    return false;
  }
  for (size_t i = 0; i < ids.size(); ++i)
    if (ids[i] == chosen_id) return ReadSheet(targets[i], chosen_name, out);
  Error("工作表「" + chosen_name + "」在 XLSX 文件中找不到", kResaveHint);
  return false;
}

bool WorkbookReader::ReadSheet(const std::string& part, const std::string& name, CsvTable& out) {
  std::string storage;
  pugi::xml_document doc;
  if (!LoadPart(part, storage, doc)) return false;
  pugi::xml_node worksheet = Child(doc, "worksheet");
  std::vector<Cell> cells;
  bool ok = true;
  int row = 0;
  for (pugi::xml_node r : Child(worksheet, "sheetData").children()) {
    if (LocalName(r.name()) != "row") continue;
    int given = r.attribute("r").as_int(row + 1);
    row = given >= 1 && given <= kMaxRow ? given : row + 1;
    int column = 0;
    for (pugi::xml_node c : r.children()) {
      if (LocalName(c.name()) != "c") continue;
      if (cells.size() >= kMaxXlsxCells) {
        Error("工作表「" + name + "」的单元格过多（超过上限 " + std::to_string(kMaxXlsxCells) +
                  " 个）",
              "只保留自评表本身；其余内容放到别的工作表");
        return false;
      }
      const char* ref = c.attribute("r").value();
      int cell_row = row, cell_column = column + 1;
      if (*ref != '\0' && !ParseCellReference(ref, cell_row, cell_column)) {
        Error(name + "!" + CellReference(row, std::min(column + 1, kMaxColumn)) + ": 单元格引用「" +
                  ref + "」无效",
              kResaveHint, row, column + 1);
        ok = false;
        continue;
      }
      column = cell_column;
      std::string_view type = c.attribute("t").value();
      std::string v = Child(c, "v").text().get();
      Cell cell{cell_row, cell_column, {}};
      if (type == "s") {
        unsigned long index = 0;
        auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), index);
        if (ec != std::errc() || end != v.data() + v.size() || index >= shared_strings_.size()) {
          Error(name + "!" + CellReference(cell_row, cell_column) + ": 共享字符串序号「" + v +
                    "」无效（共有 " + std::to_string(shared_strings_.size()) + " 个）",
                kResaveHint, cell_row, cell_column);
          ok = false;
          continue;
        }
        cell.text = shared_strings_[index];
      } else if (type == "inlineStr") {
        cell.text = StringItemText(Child(c, "is"));
      } else if (type == "b") {
        cell.text = v.empty() ? "" : v == "0" ? "FALSE" : "TRUE";
      } else if (type == "n" || type.empty()) {
        cell.text = NumberCell(c, v);
      } else if (type == "d") {
        cell.text = IsoDateCellText(v);
      } else {  // str (a formula's text), e (an error such as #DIV/0!)
        cell.text = v;
      }
      if (!cell.text.empty()) cells.push_back(std::move(cell));
    }
  }
  if (!ok) return false;

  int rows = 0, width = 0;
  for (const Cell& c : cells) {
    rows = std::max(rows, c.row);
    width = std::max(width, c.column);
  }
  if (static_cast<size_t>(rows) * static_cast<size_t>(width) > kMaxXlsxCells) {
    Error("工作表「" + name + "」过大：" + std::to_string(rows) + " 行 × " + std::to_string(width) +
              " 列，超过上限 " + std::to_string(kMaxXlsxCells) + " 个单元格",
          "删去表格以外远处的内容（如 " + CellReference(rows, width) + "）后重新保存");
    return false;
  }
  std::vector<std::vector<std::string>> grid(static_cast<size_t>(rows));
  for (Cell& c : cells) {
    std::vector<std::string>& line = grid[static_cast<size_t>(c.row - 1)];
    line.resize(static_cast<size_t>(width));
    line[static_cast<size_t>(c.column - 1)] = std::move(c.text);
  }
  // A merged range keeps its value in its top-left cell only. Overlapping ranges are invalid;
  // the clearing work is capped so that many huge ranges cannot take long.
  size_t visits = 0;
  for (pugi::xml_node m : Child(worksheet, "mergeCells").children()) {
    if (LocalName(m.name()) != "mergeCell") continue;
    std::string_view ref = m.attribute("ref").value();
    size_t colon = ref.find(':');
    MergedRange range;
    if (colon == std::string_view::npos ||
        !ParseCellReference(ref.substr(0, colon), range.first_row, range.first_column) ||
        !ParseCellReference(ref.substr(colon + 1), range.last_row, range.last_column))
      continue;
    for (int rr = range.first_row; rr <= std::min(range.last_row, rows); ++rr) {
      std::vector<std::string>& line = grid[static_cast<size_t>(rr - 1)];
      for (int cc = range.first_column; cc <= std::min(range.last_column, width); ++cc) {
        if (++visits > 4 * kMaxXlsxCells) {
          Error("工作表「" + name + "」的合并单元格过多", "取消表格以外的合并单元格后重新保存");
          return false;
        }
        if ((rr != range.first_row || cc != range.first_column) && !line.empty())
          line[static_cast<size_t>(cc - 1)].clear();
      }
    }
  }
  out.rows.clear();
  out.rows.resize(grid.size());
  for (size_t r = 0; r < grid.size(); ++r) {
    std::vector<std::string>& line = grid[r];
    bool blank = std::all_of(line.begin(), line.end(), [](const auto& s) { return s.empty(); });
    if (blank) line.assign(1, std::string());
    for (size_t c = 0; c < line.size(); ++c)
      out.rows[r].push_back(
          CsvField{std::move(line[c]), static_cast<int>(r + 1), static_cast<int>(c + 1)});
  }
  return true;
}

}  // namespace

bool IsXlsxPath(std::string_view path) {
  if (path.size() < 5) return false;
  std::string extension(path.substr(path.size() - 5));
  for (char& c : extension)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return extension == ".xlsx";
}

std::string CellReference(int row, int column) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

bool ReadXlsx(std::string_view bytes, const std::string& file, const std::string& sheet,
              CsvTable& out, std::vector<Diagnostic>& diagnostics) {
  out.rows.clear();
  if (bytes.size() > kMaxXlsxBytes) {
    AddError(diagnostics, SourceLocation{file, 0, 0},
             "文件过大（超过上限 " + std::to_string(kMaxXlsxBytes) + " 字节）",
             "删去无关的工作表和图片后重新保存，或另存为 CSV（UTF-8）");
    return false;
  }
  try {
    WorkbookReader reader(bytes, file, diagnostics);
    if (reader.Read(sheet, out)) return true;
  } catch (const std::bad_alloc&) {
    AddError(diagnostics, SourceLocation{file, 0, 0}, "读取 XLSX 文件时内存不足",
             "删去无关的工作表后重新保存，或另存为 CSV（UTF-8）");
  } catch (const std::exception& e) {
    AddError(diagnostics, SourceLocation{file, 0, 0},
             std::string("读取 XLSX 文件时出错：") + e.what(), kResaveHint);
  }
  out.rows.clear();
  return false;
}

}  // namespace jixiao

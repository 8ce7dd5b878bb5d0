#include "reports/html_page.h"

#include <string>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

struct EscapeCase {
  std::string input;
  std::string expected;
};

std::ostream& operator<<(std::ostream& out, const EscapeCase& c) { return out << c.input; }

const EscapeCase kEscapeCases[] = {
    {"<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"},
    {"A & B", "A &amp; B"},
    {"&amp; stays visible", "&amp;amp; stays visible"},
    {"<img src=x onerror=\"alert(1)\">", "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"},
    {"第一行\r\n第二行\r第三行\n第四行", "第一行\n第二行\n第三行\n第四行"},
    {"制表\t保留", "制表\t保留"},
    {"控制\x01字符\x7F", "控制\xEF\xBF\xBD字符\xEF\xBF\xBD"},
    {"坏\xFF字节", "坏\xEF\xBF\xBD字节"},
    {"截断\xE4\xB8", "截断\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"≥95%，“扶贫攻坚”", "≥95%，“扶贫攻坚”"},
    {"", ""},
};

BOOST_AUTO_TEST_SUITE(html_page)

BOOST_DATA_TEST_CASE(escapes_markup_line_breaks_controls_and_bad_bytes, bdata::make(kEscapeCases),
                     c) {
  BOOST_TEST(EscapeHtml(c.input) == c.expected);
}

BOOST_AUTO_TEST_CASE(appends_to_what_is_there) {
  std::string out = "<td>";
  AppendEscapedHtml("<&>", out);
  BOOST_TEST(out == "<td>&lt;&amp;&gt;");
}

BOOST_AUTO_TEST_CASE(document_is_self_contained_utf8_and_a4) {
  std::string html =
      RenderHtmlDocument({"<项目> & 表", "p.extra { color: red; }\n", "<p>正文</p>\n"});
  BOOST_TEST(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">",
                        0) == 0u);
  BOOST_TEST(html.find("<title>&lt;项目&gt; &amp; 表</title>") != std::string::npos);
  BOOST_TEST(
      html.find("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"") !=
      std::string::npos);
  BOOST_TEST(html.find("@page { size: A4;") != std::string::npos);
  BOOST_TEST(html.find("\"WenQuanYi Micro Hei\"") != std::string::npos);
  BOOST_TEST(html.find("\"Noto Sans CJK SC\"") != std::string::npos);
  BOOST_TEST(html.find("section.sheet + section.sheet { break-before: page; }") !=
             std::string::npos);
  BOOST_TEST(html.find("p.extra { color: red; }\n</style>") != std::string::npos);
  BOOST_TEST(html.find("<body>\n<p>正文</p>\n</body>\n</html>\n") != std::string::npos);
  for (const char* fetch : {"http:", "https:", "<script", "<link", "url(", "@import", "<img"})
    BOOST_TEST(html.find(fetch) == std::string::npos, fetch);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao

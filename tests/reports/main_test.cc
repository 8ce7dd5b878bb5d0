#define BOOST_TEST_MODULE reports_test
#include <boost/test/unit_test.hpp>

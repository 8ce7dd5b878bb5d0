#define BOOST_TEST_MODULE engine_test
#include <boost/test/unit_test.hpp>

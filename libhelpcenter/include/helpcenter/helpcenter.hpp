// Convenience header: the whole public C++ API.
#pragma once

#include <helpcenter/analyzer.hpp>
#include <helpcenter/answer.hpp>
#include <helpcenter/corpus.hpp>
#include <helpcenter/document.hpp>
#include <helpcenter/engine.hpp>
#include <helpcenter/error.hpp>
#include <helpcenter/format.hpp>
#include <helpcenter/indexer.hpp>
#include <helpcenter/options.hpp>
#include <helpcenter/sources.hpp>
#include <helpcenter/version.hpp>

// Symbol visibility: the library is built with hidden visibility; HC_API marks the public API.
#pragma once

#if defined(_WIN32)
#define HC_API __declspec(dllexport)
#else
#define HC_API __attribute__((visibility("default")))
#endif

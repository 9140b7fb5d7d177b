# Compiler warnings and sanitizers, applied to every target of ours through hc_project_options.
add_library(hc_project_options INTERFACE)
target_compile_options(hc_project_options INTERFACE -Wall -Wextra -Wpedantic)
if(HC_WERROR)
  target_compile_options(hc_project_options INTERFACE -Werror)
endif()
if(HC_SANITIZE)
  target_compile_options(hc_project_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                      -fno-sanitize-recover=undefined)
  target_link_options(hc_project_options INTERFACE -fsanitize=address,undefined)
endif()

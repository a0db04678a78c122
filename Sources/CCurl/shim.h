#ifndef FORCEBOARD_CCURL_SHIM_H
#define FORCEBOARD_CCURL_SHIM_H
// libcurl's setopt and getinfo are variadic, which Swift cannot call: one typed wrapper each.
#include <curl/curl.h>

typedef size_t (*fb_curl_write_callback)(char *data, size_t size, size_t count, void *context);

static inline CURLcode fb_curl_set_long(CURL *curl, CURLoption option, long value) {
  return curl_easy_setopt(curl, option, value);
}
static inline CURLcode fb_curl_set_offset(CURL *curl, CURLoption option, curl_off_t value) {
  return curl_easy_setopt(curl, option, value);
}
static inline CURLcode fb_curl_set_string(CURL *curl, CURLoption option, const char *value) {
  return curl_easy_setopt(curl, option, value);
}
static inline CURLcode fb_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
  return curl_easy_setopt(curl, option, value);
}
static inline CURLcode fb_curl_set_write(CURL *curl, CURLoption option, fb_curl_write_callback value) {
  return curl_easy_setopt(curl, option, value);
}
static inline CURLcode fb_curl_get_long(CURL *curl, CURLINFO info, long *value) {
  return curl_easy_getinfo(curl, info, value);
}
static inline CURLcode fb_curl_get_string(CURL *curl, CURLINFO info, char **value) {
  return curl_easy_getinfo(curl, info, value);
}
static inline CURLcode fb_curl_get_time(CURL *curl, CURLINFO info, long *value) {
  return curl_easy_getinfo(curl, info, value);
}
#endif

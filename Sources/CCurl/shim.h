#ifndef FORCEBOARD_CCURL_SHIM_H
#define FORCEBOARD_CCURL_SHIM_H
// libcurl, loaded when first needed rather than linked: linking it would load some 25 shared
// libraries (TLS, Kerberos, LDAP, SSH…) into every start of ForceBoard, most of which never
// reads an address. Only curl's header is used at build time (libcurl4-openssl-dev); the
// library itself is opened with dlopen on the first fetch.
//
// libcurl's setopt and getinfo are variadic, which Swift cannot call: one typed wrapper each,
// calling through the loaded function with a real variadic call.
#include <curl/curl.h>
#include <dlfcn.h>

typedef size_t (*fb_curl_write_callback)(char *data, size_t size, size_t count, void *context);

typedef struct {
  CURLcode (*global_init)(long);
  CURL *(*easy_init)(void);
  void (*easy_cleanup)(CURL *);
  CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
  CURLcode (*easy_perform)(CURL *);
  CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
  const char *(*easy_strerror)(CURLcode);
  struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
  void (*slist_free_all)(struct curl_slist *);
  CURLHcode (*easy_header)(CURL *, const char *, size_t, unsigned int, int, struct curl_header **);
} fb_curl_api;

/// Opens libcurl and finds its functions; 1 on success, 0 when it is not installed or too old.
static inline int fb_curl_load(fb_curl_api *api) {
  void *handle = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
  if (!handle) return 0;
  api->global_init = (CURLcode (*)(long))dlsym(handle, "curl_global_init");
  api->easy_init = (CURL * (*)(void)) dlsym(handle, "curl_easy_init");
  api->easy_cleanup = (void (*)(CURL *))dlsym(handle, "curl_easy_cleanup");
  api->easy_setopt = (CURLcode (*)(CURL *, CURLoption, ...))dlsym(handle, "curl_easy_setopt");
  api->easy_perform = (CURLcode (*)(CURL *))dlsym(handle, "curl_easy_perform");
  api->easy_getinfo = (CURLcode (*)(CURL *, CURLINFO, ...))dlsym(handle, "curl_easy_getinfo");
  api->easy_strerror = (const char *(*)(CURLcode))dlsym(handle, "curl_easy_strerror");
  api->slist_append = (struct curl_slist * (*)(struct curl_slist *, const char *)) dlsym(handle, "curl_slist_append");
  api->slist_free_all = (void (*)(struct curl_slist *))dlsym(handle, "curl_slist_free_all");
  api->easy_header = (CURLHcode (*)(CURL *, const char *, size_t, unsigned int, int, struct curl_header **))dlsym(
      handle, "curl_easy_header");
  return api->global_init && api->easy_init && api->easy_cleanup && api->easy_setopt && api->easy_perform &&
         api->easy_getinfo && api->easy_strerror && api->slist_append && api->slist_free_all && api->easy_header;
}

static inline CURLcode fb_curl_set_long(const fb_curl_api *api, CURL *curl, CURLoption option, long value) {
  return api->easy_setopt(curl, option, value);
}
static inline CURLcode fb_curl_set_offset(const fb_curl_api *api, CURL *curl, CURLoption option, curl_off_t value) {
  return api->easy_setopt(curl, option, value);
}
static inline CURLcode fb_curl_set_string(const fb_curl_api *api, CURL *curl, CURLoption option, const char *value) {
  return api->easy_setopt(curl, option, value);
}
static inline CURLcode fb_curl_set_pointer(const fb_curl_api *api, CURL *curl, CURLoption option, void *value) {
  return api->easy_setopt(curl, option, value);
}
static inline CURLcode fb_curl_set_write(
    const fb_curl_api *api, CURL *curl, CURLoption option, fb_curl_write_callback value) {
  return api->easy_setopt(curl, option, value);
}
static inline CURLcode fb_curl_get_long(const fb_curl_api *api, CURL *curl, CURLINFO info, long *value) {
  return api->easy_getinfo(curl, info, value);
}
#endif

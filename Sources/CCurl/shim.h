#ifndef FORCEBOARD_CCURL_SHIM_H
#define FORCEBOARD_CCURL_SHIM_H
// libcurl, loaded when first needed rather than linked: linking it would load some 25 shared
// libraries (TLS, Kerberos, LDAP, SSH…) into every start of ForceBoard, most of which never
// reads an address. The library (Debian's libcurl4) is opened with dlopen on the first fetch.
//
// So no header is needed to build: the few declarations used are stated here, with the values
// of curl's stable ABI (curl/curl.h of 7.88; option and error numbers never change once
// published). libcurl's setopt and getinfo are variadic, which Swift cannot call: one typed
// wrapper each, calling through the loaded function with a real variadic call.
#include <dlfcn.h>
#include <stddef.h>
#include <stdint.h>

typedef void CURL;
typedef int64_t curl_off_t;

typedef enum {
  CURLE_OK = 0,
  CURLE_UNSUPPORTED_PROTOCOL = 1,
  CURLE_URL_MALFORMAT = 3,
  CURLE_COULDNT_RESOLVE_HOST = 6,
  CURLE_COULDNT_CONNECT = 7,
  CURLE_PARTIAL_FILE = 18,
  CURLE_WRITE_ERROR = 23,
  CURLE_OPERATION_TIMEDOUT = 28,
  CURLE_SSL_CONNECT_ERROR = 35,
  CURLE_TOO_MANY_REDIRECTS = 47,
  CURLE_SSL_CERTPROBLEM = 58,
  CURLE_PEER_FAILED_VERIFICATION = 60,
  CURLE_FILESIZE_EXCEEDED = 63,
  CURLE_SSL_CACERT_BADFILE = 77,
  CURLE_FORCEBOARD_LAST = 1000
} CURLcode;

typedef enum {
  CURLOPT_WRITEDATA = 10001,
  CURLOPT_URL = 10002,
  CURLOPT_ERRORBUFFER = 10010,
  CURLOPT_TIMEOUT = 13,
  CURLOPT_USERAGENT = 10018,
  CURLOPT_LOW_SPEED_LIMIT = 19,
  CURLOPT_LOW_SPEED_TIME = 20,
  CURLOPT_HTTPHEADER = 10023,
  CURLOPT_NETRC = 51,
  CURLOPT_FOLLOWLOCATION = 52,
  CURLOPT_SSL_VERIFYPEER = 64,
  CURLOPT_FILETIME = 69,
  CURLOPT_CONNECTTIMEOUT = 78,
  CURLOPT_SSL_VERIFYHOST = 81,
  CURLOPT_NOSIGNAL = 99,
  CURLOPT_ACCEPT_ENCODING = 10102,
  CURLOPT_WRITEFUNCTION = 20011,
  CURLOPT_MAXFILESIZE_LARGE = 30117,
  CURLOPT_PROTOCOLS_STR = 10318,
  CURLOPT_REDIR_PROTOCOLS_STR = 10319,
  CURLOPT_CAINFO_BLOB = 40309
} CURLoption;

typedef enum {
  CURLINFO_REDIRECT_URL = 1048607,
  CURLINFO_RESPONSE_CODE = 2097154,
  CURLINFO_FILETIME = 2097166
} CURLINFO;

typedef enum { CURL_NETRC_IGNORED = 0, CURL_NETRC_OPTIONAL = 1 } CURL_NETRC_OPTION;
typedef enum { CURLHE_OK = 0, CURLHE_FORCEBOARD_LAST = 100 } CURLHcode;

#define CURL_ERROR_SIZE 256
#define CURL_GLOBAL_DEFAULT 3
/// A plain header of the server's (curl_easy_header's origin bits).
#define CURLH_HEADER 1
/// curl_blob's flag: curl copies the bytes, so ours may go.
#define CURL_BLOB_COPY 1

struct curl_slist {
  char *data;
  struct curl_slist *next;
};

struct curl_header {
  char *name;
  char *value;
  size_t amount;
  size_t index;
  unsigned int origin;
  void *anchor;
};

struct curl_blob {
  void *data;
  size_t len;
  unsigned int flags;
};

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
static inline CURLcode fb_curl_get_string(const fb_curl_api *api, CURL *curl, CURLINFO info, const char **value) {
  return api->easy_getinfo(curl, info, value);
}
#endif

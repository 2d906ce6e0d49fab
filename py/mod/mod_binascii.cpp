// The binascii module: hex and base64 conversions, crc32.
#include "modules.h"

namespace py {

namespace {
const char HEX[] = "0123456789abcdef";
const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// str arguments are accepted where MicroPython accepts them (unhexlify, a2b_base64)
bool data_arg(Val v, const uint8_t** p, size_t* n) {
  if (is_str(v)) {
    *p = (const uint8_t*)str_data(v);
    *n = str_len(v);
    return true;
  }
  Buffer b;
  if (!arg_buffer(v, &b)) return false;
  *p = (const uint8_t*)b.data;
  *n = b.len;
  return true;
}

Val ba_hexlify(int n, int, const Val* a) {
  const uint8_t* p;
  size_t len;
  if (!data_arg(a[0], &p, &len)) return nullptr;
  const uint8_t* sep = nullptr;
  size_t seplen = 0;
  if (n > 1 && a[1] != None && !data_arg(a[1], &sep, &seplen)) return nullptr;
  size_t out_len = len * 2 + (len ? (len - 1) * seplen : 0);
  Val r = bytes_new(nullptr, out_len);
  if (!r) return nullptr;
  char* o = (char*)str_data(r);
  for (size_t i = 0; i < len; i++) {
    if (i && seplen) {
      memcpy(o, sep, seplen);
      o += seplen;
    }
    *o++ = HEX[p[i] >> 4];
    *o++ = HEX[p[i] & 15];
  }
  return r;
}

int hex_digit(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Val ba_unhexlify(int, int, const Val* a) {
  const uint8_t* p;
  size_t len;
  if (!data_arg(a[0], &p, &len)) return nullptr;
  if (len & 1) return raise(&ValueError_type, "odd-length string");
  Val r = bytes_new(nullptr, len / 2);
  if (!r) return nullptr;
  uint8_t* o = (uint8_t*)str_data(r);
  for (size_t i = 0; i < len; i += 2) {
    int h = hex_digit(p[i]), l = hex_digit(p[i + 1]);
    if (h < 0 || l < 0) return raise(&ValueError_type, "non-hex digit found");
    o[i / 2] = (uint8_t)(h << 4 | l);
  }
  return r;
}

Val ba_b2a_base64(int n, int k, const Val* a) {
  const uint8_t* p;
  size_t len;
  if (!data_arg(a[0], &p, &len)) return nullptr;
  Val nl = kw_arg(n, k, a, str_intern_cstr("newline"));
  bool newline = !nl || truthy(nl) > 0;
  size_t out_len = (len + 2) / 3 * 4 + (newline ? 1 : 0);
  Val r = bytes_new(nullptr, out_len);
  if (!r) return nullptr;
  char* o = (char*)str_data(r);
  for (size_t i = 0; i < len; i += 3) {
    uint32_t v = (uint32_t)p[i] << 16;
    if (i + 1 < len) v |= (uint32_t)p[i + 1] << 8;
    if (i + 2 < len) v |= p[i + 2];
    *o++ = B64[v >> 18];
    *o++ = B64[(v >> 12) & 63];
    *o++ = i + 1 < len ? B64[(v >> 6) & 63] : '=';
    *o++ = i + 2 < len ? B64[v & 63] : '=';
  }
  if (newline) *o = '\n';
  return r;
}

int b64_value(uint8_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

Val ba_a2b_base64(int, int, const Val* a) {
  const uint8_t* p;
  size_t len;
  if (!data_arg(a[0], &p, &len)) return nullptr;
  Buf b;
  buf_init(&b, len * 3 / 4 + 4);
  // Like CPython (and MicroPython): bytes outside the alphabet are skipped, '=' counts
  // only after two or three data characters of a group, and a completed pad ends the input.
  uint32_t acc = 0;
  int bits = 0, quad = 0, pads = 0;
  bool padded = false;
  for (size_t i = 0; i < len && !padded; i++) {
    if (p[i] == '=') {
      if (quad >= 2 && quad + ++pads >= 4) padded = true;
      continue;
    }
    int v = b64_value(p[i]);
    if (v < 0) continue;
    pads = 0;
    acc = acc << 6 | (uint32_t)v;
    bits += 6;
    quad = (quad + 1) & 3;
    if (bits >= 8) {
      bits -= 8;
      buf_addc(&b, (char)(acc >> bits));
    }
  }
  if (!padded && quad != 0) return raise(&ValueError_type, "incorrect padding");
  return buf_to_bytes(&b);
}

Val ba_crc32(int n, int, const Val* a) {
  const uint8_t* p;
  size_t len;
  if (!data_arg(a[0], &p, &len)) return nullptr;
  uint32_t crc = 0;
  if (n > 1) {
    int64_t v;
    if (!int_to_i64(a[1], &v)) return raise(&TypeError_type, "crc must be int");
    crc = (uint32_t)v;
  }
  crc = ~crc;
  for (size_t i = 0; i < len; i++) {
    crc ^= p[i];
    for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
  }
  return int_from_u64(~crc);
}

const MethodDef binascii_fns[] = {
  {"hexlify", ba_hexlify, 1, 2, 0}, {"unhexlify", ba_unhexlify, 1, 1, 0},
  {"b2a_base64", ba_b2a_base64, 1, 1, NF_KW}, {"a2b_base64", ba_a2b_base64, 1, 1, 0},
  {"crc32", ba_crc32, 1, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

Val binascii_module() { return module_from_table("binascii", binascii_fns); }

}  // namespace py

#!/usr/bin/env python3
"""Writes resources/sample/sample-workspace.json, the workspace a new user starts with.

Dates are relative to a fixed anchor so the sample always holds expired, active and future
mappings whatever day it is opened: the anchor years are far enough apart (2019-2020 expired,
2090 future)."""
import json, pathlib

segments_spec = [
    (1001, "Golf enthusiasts", "golf_fans", 'c_interest == "golf"'),
    (1002, "Tennis enthusiasts", "tennis_fans", 'c_interest == "tennis"'),
    (1003, "Running gear shoppers", "running_gear", 'c_category == "running" AND c_cart_value >= 50'),
    (1004, "High-value cart", "high_value_cart", "c_cart_value >= 200"),
    (1005, "Cart abandoners", "cart_abandon", 'c_event == "cart_abandon"'),
    (1006, "Repeat buyers", "repeat_buyers", "c_orders >= 3"),
    (1007, "New visitors", "new_visitors", 'c_visit_number == 1'),
    (1008, "Loyalty gold", "loyalty_gold", 'c_loyalty == "gold"'),
    (1009, "Loyalty silver", "loyalty_silver", 'c_loyalty == "silver"'),
    (1010, "Young adults (private)", "age_18_24", "p_age >= 18 AND p_age <= 24"),
    (1011, "Car intenders brand A", "car_a", '(c_make=="A") AND (c_model=="B")'),
    (1012, "Car intenders any", "car_any", 'c_make == "A" OR c_make == "B" OR c_make == "C"'),
    (1013, "Travel planners", "travel", 'c_section startswith "travel"'),
    (1014, "Hotel searchers", "hotel_search", 'c_search contains "hotel"'),
    (1015, "Flight searchers", "flight_search", 'c_search contains "flight"'),
    (1016, "Spain visitors", "geo_es", 'd_country == "ESP"'),
    (1017, "Germany visitors", "geo_de", 'd_country == "DEU"'),
    (1018, "France visitors", "geo_fr", 'd_country == "FRA"'),
    (1019, "Mobile app users", "mobile_app", 'd_ptfm == "ios" OR d_ptfm == "android"'),
    (1020, "Newsletter subscribers", "newsletter", 'c_newsletter == "yes"'),
    (1021, "Price range 1-100", "price_1_100", "(price >= 1.00 AND price <= 100.00)"),
    (1022, "Premium price", "price_premium", "price > 100"),
    (1023, "Sports news readers", "sports_news", 'c_section == "sports"'),
    (1024, "Finance news readers", "finance_news", 'c_section == "finance"'),
    (1025, "Tech news readers", "tech_news", 'c_section == "tech"'),
    (1026, "Video viewers", "video", 'videoTypeID == "2"'),
    (1027, "Podcast listeners", "podcast", 'c_media == "podcast"'),
    (1028, "Coupon users", "coupon", 'c_coupon matchesregex "^SAVE[0-9]+$"'),
    (1029, "Gift shoppers", "gift", 'c_search matcheswords "gift present"'),
    (1030, "Outdoor lovers", "outdoor", 'c_interest == "hiking" OR c_interest == "camping"'),
    (1031, "Pet owners", "pets", 'c_pet != "none" AND c_pet != ""'),
    (1032, "Home improvers", "diy", 'c_category endswith "_diy"'),
    (1033, "Students", "students", 'c_occupation == "student"'),
    (1034, "Parents", "parents", "c_children >= 1"),
    (1035, "Luxury shoppers", "luxury", 'c_brand_tier == "luxury" AND c_cart_value > 500'),
    (1036, "Bargain hunters", "bargain", 'c_sort == "price_asc"'),
    (1037, "Event ticket buyers", "tickets", 'c_event == "ticket_purchase"'),
    (1038, "B2B decision makers", "b2b", 'c_role == "manager" OR c_role == "director"'),
    (1039, "Weekend shoppers", "weekend", 'c_day == "sat" OR c_day == "sun"'),
    (1040, "Lapsed customers", "lapsed", "c_days_since_order > 180"),
]
segments = [{"sid": sid, "name": name, "description": f"{name} (sample)", "integrationCode": code,
             "status": "active" if sid != 1039 else "inactive", "rule": rule}
            for sid, name, code, rule in segments_spec]

def dest(**kw):
    base = {"description": "", "platform": "all", "autoFill": "none", "exportLabels": [],
            "serialized": False, "urlFormat": "", "secureUrlFormat": "", "delimiter": "",
            "cookieName": "", "cookieDomain": "", "cookieFormat": "single_key", "singleKey": "",
            "keySeparator": "=", "valueSeparator": ",", "serializationSeparator": "",
            "maxSize": 2048, "ttlDays": 0, "publishTo": "all_domains", "siteIds": [],
            "updateTime": "2026-09-01T10:00:00Z"}
    base.update(kw)
    return base

destinations = [
    dest(id=2001, name="Ad server pixels (serialized)", type="url", serialized=True, autoFill="segment_id",
         urlFormat="http://ads.example.com/seg?s=%ALIAS%&r=%rnd%",
         secureUrlFormat="https://ads.example.com/seg?s=%ALIAS%&r=%rnd%", delimiter=",",
         exportLabels=["onSiteTargeting"]),
    dest(id=2002, name="Retargeting partner (per segment)", type="url", serialized=False,
         description="One pixel per segment", exportLabels=["offSiteTargeting"]),
    dest(id=2003, name="DSP audience sync", type="url", serialized=True, autoFill="integration_code",
         urlFormat="http://dsp.example.net/aud?uid=%did%&segs=%ALIAS%&region=%region%&ts=%timestamp%",
         secureUrlFormat="https://dsp.example.net/aud?uid=%did%&segs=%ALIAS%&region=%region%&ts=%timestamp%",
         delimiter=";"),
    dest(id=2004, name="Consent-aware exchange", type="url", serialized=True, autoFill="segment_id",
         urlFormat="http://exchange.example.org/sync?gdpr=${GDPR}&gdpr_consent=${GDPR_CONSENT_1234}&s=%ALIAS%&mcid=%mcid%",
         secureUrlFormat="https://exchange.example.org/sync?gdpr=${GDPR}&gdpr_consent=${GDPR_CONSENT_1234}&s=%ALIAS%&mcid=%mcid%",
         delimiter=","),
    dest(id=2005, name="CRM match pixel", type="url", serialized=False,
         description="Declared ID passthrough"),
    dest(id=2006, name="GPT targeting cookie", type="cookie", platform="browser", cookieName="aam_gpt",
         cookieDomain="", cookieFormat="single_key", singleKey="aamsegs", serialized=True,
         serializationSeparator=",", autoFill="segment_id", ttlDays=30,
         description="Google Publisher Tag key-values (serial delimiter: comma)"),
    dest(id=2007, name="Site personalization cookie", type="cookie", platform="browser",
         cookieName="perso", cookieDomain=".example.com", cookieFormat="key_value",
         serialized=False, ttlDays=14, exportLabels=["onSitePersonalization"]),
    dest(id=2008, name="Legacy ad tag cookie", type="cookie", platform="browser", cookieName="adobe",
         cookieDomain=".shop.example.com", cookieFormat="single_key", singleKey="k",
         serialized=True, serializationSeparator="#", ttlDays=0, publishTo="inclusion", siteIds=[312]),
    dest(id=2009, name="Multi-key serialized cookie", type="cookie", platform="browser",
         cookieName="segkv", cookieFormat="key_value", serialized=True, serializationSeparator=";",
         ttlDays=7),
    dest(id=2010, name="Unserialized single-key cookie", type="cookie", platform="browser",
         cookieName="aamseg", cookieFormat="single_key", singleKey="x", serialized=False),
    dest(id=2011, name="CRM platform (S2S)", type="s2s", platform="all", autoFill="integration_code",
         description="Batch server-to-server delivery"),
    dest(id=2012, name="Mobile DSP (S2S)", type="s2s", platform="android",
         description="Device-based integrated platform"),
]

mappings = []
mid = 5001
def m(dest_id, sid, value, start, end=None, second=None, priority=None):
    global mid
    obj = {"id": mid, "destinationId": dest_id, "sid": sid, "value": value,
           "startDate": start, "endDate": end}
    if second is not None:
        obj["secondValue"] = second
    if priority is not None:
        obj["priority"] = priority
    mappings.append(obj)
    mid += 1

code = {sid: c for sid, _, c, _ in segments_spec}
for sid in (1001, 1002, 1003, 1004, 1008, 1021, 1022):
    m(2001, sid, str(sid), "2025-01-01")
m(2001, 1005, "1005", "2019-01-01", "2020-12-31")          # expired
m(2001, 1037, "1037", "2090-01-01")                        # future
for sid in (1005, 1006, 1035):
    m(2002, sid, f"https://retarget.example.com/px?seg={sid}&r=%rnd%", "2025-03-01")
m(2002, 1036, "retarget.example.com/px?seg=1036", "2025-03-01")  # invalid: no scheme
for sid in (1011, 1012, 1013, 1014, 1015):
    m(2003, sid, code[sid], "2025-06-01")
for sid in (1016, 1017, 1018):
    m(2004, sid, str(sid), "2025-06-01")
m(2005, 1020, "https://crm.example.com/match?id=%dpid_12345%&seg=1020", "2025-02-01")
for sid in (1001, 1002, 1023, 1024, 1025):
    m(2006, sid, str(sid), "2025-01-15")
m(2006, 1027, "1027", "2020-01-01", "2020-06-30")           # expired
m(2007, 1008, "tier", "2025-01-01", second="gold", priority=1)
m(2007, 1009, "tier", "2025-01-01", second="silver", priority=2)
m(2007, 1033, "audience", "2025-01-01", second="student", priority=3)
m(2007, 1034, "audience", "2090-05-01", second="parent", priority=4)  # future
for i, sid in enumerate((1001, 1003, 1030)):
    m(2008, sid, str(sid), "2025-04-01", priority=i + 1)
m(2009, 1013, "travel", "2025-01-01", second="planner", priority=1)
m(2009, 1014, "travel", "2025-01-01", second="hotel", priority=2)
m(2009, 1026, "media", "2025-01-01", second="video", priority=3)
m(2010, 1028, "coupon", "2025-01-01", priority=1)
m(2010, 1029, "gift", "2025-01-01", priority=2)
for sid in (1006, 1008, 1009, 1040):
    m(2011, sid, code[sid], "2025-01-01")
m(2011, 1007, code[1007], "2019-06-01", "2019-12-31")       # expired
for sid in (1019, 1010):
    m(2012, sid, str(sid), "2025-01-01")

profiles = [
    {"name": "Sample (local sandbox)", "alias": "sample", "region": "sandbox", "customBaseUrl": "",
     "defaultUserId": "12345678901234567890123456789012345678", "userIdKind": "d_uuid", "orgId": ""},
    {"name": "Production US West", "alias": "mycompany", "region": 9, "customBaseUrl": "",
     "defaultUserId": "", "userIdKind": "d_uuid", "orgId": ""},
    {"name": "Production Europe (ECID)", "alias": "mycompany", "region": 6, "customBaseUrl": "",
     "defaultUserId": "", "userIdKind": "d_mid", "orgId": "5DC5123F5245B1D20A490D46@AdobeOrg"},
]

def req(name, user, signals, tags, checks, folder, dst=True, cts=2):
    return {"name": name, "folder": [folder], "method": "GET", "path": "/event", "userIdKind": "d_uuid",
            "userId": user, "orgId": "", "rtbd": True, "jsonVersion": "1", "dst": dst, "cts": cts,
            "callback": "", "platform": "", "sid": "", "tdpid": "",
            "signals": [{"key": k, "values": [v], "raw": False, "enabled": True} for k, v in signals],
            "declaredIds": [], "headers": [], "tags": tags, "checks": checks}

# Saved requests with checks (docs/workspace-format.md) that pass against the local sandbox:
# `dcsdesk-cli check resources/sample/sample-workspace.json --sandbox` exits 0 (tests/cli).
saved_requests = [
    req("Golf fan gets the golf segment", "11111111111111111111111111111111111111",
        [("c_interest", "golf")], ["smoke"], [
            {"kind": "status", "equals": 200},
            {"kind": "noErrors"},
            {"kind": "segmentsQualified", "ids": [1001]},
            {"kind": "segmentsNotQualified", "ids": [1002, 1003]},
            {"kind": "cookieDestination", "name": "aam_gpt", "fired": True, "match": "contains", "value": "1001"},
            {"kind": "urlDestination", "fired": True, "match": "contains", "value": "ads.example.com/seg?s=1001"},
            {"kind": "uuid", "equals": "11111111111111111111111111111111111111"},
            {"kind": "dcsRegion", "equals": -1},
            {"kind": "answerTime", "underMs": 5000},
            {"kind": "header", "name": "Content-Type"},
        ], "Segment qualification"),
    req("Tennis fan gets no golf cookie", "22222222222222222222222222222222222222",
        [("c_interest", "tennis")], ["smoke"], [
            {"kind": "status", "equals": 200},
            {"kind": "segmentsQualified", "ids": [1002]},
            {"kind": "segmentsNotQualified", "ids": [1001]},
            {"kind": "cookieDestination", "name": "aam_gpt", "fired": False, "match": "contains", "value": "1001"},
        ], "Segment qualification"),
    req("Opted-out user gets error 171", "99999999999999999999999999999999999999",
        [("c_interest", "golf")], ["privacy"], [
            {"kind": "errorCodes", "codes": [171]},
            {"kind": "cookieDestination", "name": "aam_gpt", "fired": False},
        ], "Privacy"),
]

workspace = {"format": "dcsdesk-workspace", "version": 1, "name": "Sample account",
             "profiles": profiles, "segments": segments, "destinations": destinations,
             "mappings": mappings,
             "sandbox": {"optedOutIds": ["99999999999999999999999999999999999999"],
                         "rateLimit": {"calls": 20, "perSeconds": 1}},
             "savedRequests": saved_requests}

out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "sample" / "sample-workspace.json"
out.write_text(json.dumps(workspace, indent=4, ensure_ascii=False) + "\n", encoding="utf-8")
print(out, len(destinations), "destinations", len(segments), "segments", len(mappings), "mappings")

#pragma once

// Adobe's documented Audience Manager REST objects, typed out from the public documentation for
// the REST fidelity test (tst_aamrestfidelity). Each example names the page it comes from. The
// pages live in AdobeDocs/audience-manager.en, help/using/api/rest-api-main/aam-api-destinations/
// and are published under
//   https://experienceleague.adobe.com/en/docs/audience-manager/user-guide/api-and-sdk-code/
//   rest-apis/destination-api-methods/<page>
// Repeated keys ("destinationType" twice) are kept as the pages print them.

#include <QByteArray>
#include <QList>

namespace dcsdesk::test {

struct DocExample
{
    const char *name;
    const char *source; // the documentation page, or why there is none
    QByteArray json;
    QList<QByteArray> before;       // imported first: the destination a mapping belongs to
    bool s2sDestination566 = false; // the workspace holds server-to-server destination 566
};

// aam-api-create-destinations: "Create a Non-Serial URL Destination", response.
inline const QByteArray kUrlNotSerialized = R"json({
   "destinationType":"PUSH",
   "destinationId":4033,
   "dataSourceId":null,
   "pid":1099,
   "name":"Sample URL Destination (not serialized)",
   "description":"",
   "startDate":null,
   "endDate":null,
   "status":"ACTIVE",
   "destinationType":"PUSH",
   "createTime":1338937116000,
   "updateTime":1338937116000,
   "crUID":694,
   "upUID":694,
   "domainRestrictions":"all_domains",
   "tagType":0,
   "serializationEnabled":false,
   "urlFormatString":"https://www.adobe.com/send?%ALIAS%",
   "secureUrlFormatString":"https://www.adobe.com/send?%ALIAS%",
   "delimiter":null,
   "mappings":null
})json";

// aam-api-create-destinations: "Create a Serialized URL Destination", response.
inline const QByteArray kUrlSerialized = R"json({
   "destinationType":"PUSH",
   "destinationId":4034,
   "dataSourceId":null,
   "pid":1099,
   "name":"Sample URL Destination (Serialized)",
   "description":"",
   "startDate":null,
   "endDate":null,
   "status":"active",
   "destinationType":"PUSH",
   "createTime":1338937420000,
   "updateTime":1338937420000,
   "crUID":694,
   "upUID":694,
   "domainRestrictions":"all_domains",
   "tagType":0,
   "serializationEnabled":true,
   "urlFormatString":"https://www.adobe.com/send?%ALIAS%",
   "secureUrlFormatString":"https://www.adobe.com/%ALIAS%",
   "delimiter":"-",
   "mappings":null
})json";

// aam-api-create-destinations: "Create a Cookie Destination: Single-Key, Non-Serialized",
// response.
inline const QByteArray kCookieSingleKey = R"json({
   "destinationType":"ADS",
   "destinationId":4035,
   "pid":1099,
   "name":"Cookie Destination Single Key Not Serialized",
   "status":"active",
   "destinationType":"ADS",
   "createTime":1338937984000,
   "updateTime":1338937984000,
   "crUID":694,
   "upUID":694,
   "domainRestrictions":"inclusion",
   "cnameDomain":"adobe.com",
   "cookieName":"adobe",
   "singleKey":"key",
   "keySeparator":"=",
   "valueSeparator":",",
   "formatType":"single_key",
   "transferMethod":0,
   "serializationEnabled":false,
   "maxSize":2048,
   "ttl":0,
   "siteIDs":[
      312
   ],
   "uparamEnabled":false
})json";

// aam-api-create-destinations: "Create a Cookie Destination: Multi-Key, Non-Serialized",
// response (status is the number 1 here).
inline const QByteArray kCookieMultiKey = R"json({
   "destinationType":"ADS",
   "destinationId":4037,
   "pid":1099,
   "name":"Ad Server Multi-Key Not Serialized",
   "status":1,
   "destinationType":"ADS",
   "createTime":1338938666000,
   "updateTime":1338938666000,
   "crUID":694,
   "upUID":694,
   "domainRestrictions":"all_domains",
   "cnameDomain":"adobe.com",
   "cookieName":"adobe",
   "keySeparator":"=",
   "valueSeparator":",",
   "formatType":"key_value",
   "transferMethod":0,
   "serializationEnabled":false,
   "maxSize":2048,
   "ttl":0,
   "siteIDs":[
   ],
   "uparamEnabled":false
})json";

// aam-api-retrieve-destinations: "Return A Destination by Destination ID", response
// ("ALL_DOMAINS" in capitals, null URL formats).
inline const QByteArray kDestination314 = R"json({
   "destinationType":"PUSH",
   "destinationId":314,
   "dataSourceId":null,
   "pid":1099,
   "name":"sample destination",
   "description":"Turn",
   "startDate":null,
   "endDate":null,
   "status":"active",
   "destinationType":"PUSH",
   "createTime":1281997484000,
   "updateTime":1300752888000,
   "crUID":224,
   "upUID":308,
   "domainRestrictions":"ALL_DOMAINS",
   "tagType":0,
   "serializationEnabled":false,
   "urlFormatString":null,
   "secureUrlFormatString":null,
   "delimiter":null,
   "mappings":null
})json";

// aam-api-retrieve-destinations: "Return All Destinations", response.
inline const QByteArray kDestinationList = R"json([
   {
      "destinationId":364,
      "pid":1099,
      "name":"Test",
      "description":"",
      "status":"active",
      "destinationType":"PUSH",
      "createTime":1291345192000,
      "updateTime":1291347561000,
      "crUID":262,
      "upUID":262,
      "domainRestrictions":"all_domains"
   },
   {
      "destinationId":369,
      "pid":1099,
      "name":"sample destination",
      "status":"active",
      "destinationType":"PUSH",
      "createTime":1292631706000,
      "updateTime":1292631706000,
      "crUID":262,
      "upUID":262,
      "domainRestrictions":"all_domains"
   }
])json";

// aam-api-map-segments: "Update a Destination by Destination ID", response.
inline const QByteArray kDestination780 = R"json({
    "destinationType": "PUSH",
    "destinationId": 780,
    "dataSourceId": null,
    "pid": 1099,
    "name": "Updated URL Destination (not serialized)",
    "description": "new description",
    "startDate": null,
    "endDate": null,
    "status": 1,
    "createTime": 1348851790000,
    "updateTime": 1353372029000,
    "crUID": 884,
    "upUID": 1065,
    "domainRestrictions":"all_domains",
    "tagType": 0,
    "serializationEnabled": false,
    "urlFormatString": null,
    "secureUrlFormatString": null,
    "delimiter": null,
    "mappings": null
})json";

// No page documents a server-to-server destination object (they cannot be created through the
// API). This is the shape DCS Desk's own export gives one (its "x-dcsdesk" extension says
// "s2s"), with the AAM fields docs/aam-rest.md lists for them (transferMethod, syncType) and a
// field no page names, to show unknown fields survive.
inline const QByteArray kS2sDestination = R"json({
   "destinationId":566,
   "pid":1099,
   "name":"Sample server-to-server",
   "description":"",
   "status":"active",
   "createTime":1338942000000,
   "updateTime":1338942000000,
   "crUID":308,
   "upUID":308,
   "transferMethod":1,
   "syncType":1,
   "someFieldNoPageNames":{"nested":[1,"two",null]},
   "x-dcsdesk":{"autoFill":"segment_id","exportLabels":[],"platform":"all","type":"s2s"}
})json";

// aam-api-map-segments: "Map a Segment to a Non-Serialized URL Destination", response.
inline const QByteArray kMappingUrlNotSerialized = R"json({
   "mappingId":65334,
   "traitType":"SEGMENT",
   "traitValue":0,
   "destinationId":4033,
   "elementName":"Sample games",
   "elementDescription":"Sample games pixel",
   "elementStatus":"active",
   "createTime":1338940094000,
   "updateTime":1338940094000,
   "crUID":694,
   "upUID":694,
   "sid":87723,
   "startDate":"2012-07-03",
   "endDate":null,
   "priority":null,
   "url":"https://adobe.com",
   "secureUrl":null,
   "tagCode":null,
   "secureTagCode":null,
   "traitAlias":null
})json";

// aam-api-map-segments: "Map a Segment to a Serialized URL Destination", response.
inline const QByteArray kMappingUrlSerialized = R"json({
   "mappingId":65335,
   "traitType":"SEGMENT",
   "traitValue":0,
   "destinationId":4034,
   "elementName":"Sample Games",
   "elementDescription":"Migration of Sample Games Pixel",
   "elementStatus":"active",
   "createTime":1338940401000,
   "updateTime":1338940401000,
   "crUID":694,
   "upUID":694,
   "sid":87723,
   "startDate":"2012-07-03",
   "endDate":null,
   "priority":null,
   "url":"123",
   "secureUrl":"123",
   "tagCode":null,
   "secureTagCode":null,
   "traitAlias":"123"
})json";

// aam-api-map-segments: "Map a Segment to a Cookie Destination: Single-Key, Non-Serialized",
// response ("traitAlias": null beside the valueAlias).
inline const QByteArray kMappingCookieSingleKey = R"json({
   "destinationMappingId":65336,
   "traitType":"SEGMENT",
   "traitValue":0,
   "destinationId":4035,
   "elementName":"Sample Games",
   "elementDescription":"Migration of Sample Games Pixel",
   "elementStatus":"active",
   "createTime":1338940704000,
   "updateTime":1338940704000,
   "crUID":694,
   "upUID":694,
   "sid":87723,
   "startDate":"2012-07-03",
   "endDate":null,
   "priority":1,
   "traitAlias":null,
   "valueAlias":"123"
})json";

// aam-api-map-segments: "Map a Segment to a Cookie Destination: Multi-Key, Non-Serialized",
// response.
inline const QByteArray kMappingCookieMultiKey = R"json({
   "mappingId":65338,
   "traitType":"SEGMENT",
   "traitValue":0,
   "destinationId":4037,
   "elementName":"Sample Games",
   "elementDescription":"Migration of Sample Games Pixel",
   "elementStatus":"active",
   "createTime":1338941092000,
   "updateTime":1338941092000,
   "crUID":694,
   "upUID":694,
   "sid":87723,
   "startDate":"2012-07-03",
   "endDate":null,
   "priority":1,
   "traitAlias":"type",
   "valueAlias":"123"
})json";

// aam-api-map-segments: "Map a Segment to a Server-to-Server Destination", response.
inline const QByteArray kMappingS2s = R"json({
   "destinationMappingId":65341,
   "traitType":"SEGMENT",
   "traitValue":0,
   "destinationId":566,
   "elementName":"Sample",
   "elementDescription":"",
   "elementStatus":"active",
   "createTime":1338942118000,
   "updateTime":1338942118000,
   "crUID":308,
   "upUID":308,
   "sid":84326,
   "startDate":"2012-07-03",
   "endDate":null,
   "priority":null,
   "traitAlias":"123"
})json";

// aam-api-retrieve-destinations: "Return a Destination Mapping With the Mapping ID", response
// (a non-serialized URL mapping with both url and secureUrl, traitAlias null).
inline const QByteArray kMapping14593 = R"json({
"mappingId": 14593,
"traitType": "SEGMENT",
"traitValue": 0,
"destinationId": 314,
"elementName": "sample",
"elementDescription": "Migration Pixel",
"elementStatus": "active",
"createTime": 1281997484000,
"updateTime": 1300752888000,
"crUID": 224,
"upUID": 308,
"sid": 80920,
"startDate": "2010-11-15",
"endDate": null,
"priority": null,
"url": "https://www.adobe.com/send?%ALIAS%",
"secureUrl": "https://www.adobe.com/send?%ALIAS%",
"tagCode": null,
"secureTagCode": null,
"traitAlias": null
})json";

// aam-api-retrieve-destinations: "Return Destination Mappings", response: a paged list. The page
// prints it with the comma between the two objects missing and a stray "{" at the end; both are
// corrected here, nothing else is changed.
inline const QByteArray kMappingsPaged = R"json({
   "total":354,
   "page":0,
   "pageSize":2,
   "list":[
      {
         "destinationMappingId":14395,
         "traitType":"SEGMENT",
         "traitValue":0,
         "destinationId":314,
         "elementName":"sample pixel",
         "elementDescription":"Migration Pixel",
         "elementStatus":"active",
         "createTime":1281997484000,
         "updateTime":1300752888000,
         "crUID":224,
         "upUID":308,
         "sid":80920,
         "startDate":"2010-11-15",
         "endDate":null,
         "priority":null,
         "url":"https://www.adobe.com/send?%ALIAS%",
         "secureUrl":"https://www.adobe.com/send?%ALIAS%",
         "tagCode":null,
         "secureTagCode":null,
         "traitAlias":null
      },
      {
         "destinationMappingId":15934,
         "traitType":"SEGMENT",
         "traitValue":0,
         "destinationId":314,
         "elementName":"sample pixel",
         "elementDescription":"Migration Pixel",
         "elementStatus":"active",
         "createTime":1281997484000,
         "updateTime":1300752888000,
         "crUID":242,
         "upUID":803,
         "sid":90820,
         "startDate":"2010-11-15",
         "endDate":null,
         "priority":null,
         "url":"https://www.adobe.com/send?%ALIAS%",
         "secureUrl":"https://www.adobe.com/send?%ALIAS%",
         "tagCode":null,
         "secureTagCode":null,
         "traitAlias":null
      }
   ]
})json";

// aam-api-map-segments: "Bulk Create Destination Mappings", response (orderId instead of
// destinationId and elementStatus 1 in the second object).
inline const QByteArray kBulkCreate = R"json([
    {
        "mappingId": 103454,
        "traitType": "SEGMENT",
        "traitValue": 0,
        "destinationId": 780,
        "elementName": "Case of the Mondays",
        "elementDescription": "test",
        "elementStatus": "active",
        "createTime": 1353373234000,
        "updateTime": 1353373234000,
        "crUID": 1065,
        "upUID": 1065,
        "sid": 105123,
        "startDate": "2012-11-19",
        "endDate": null,
        "priority": null,
        "url": "https://adobe.com",
        "secureUrl": null,
        "tagCode": null,
        "secureTagCode": null,
        "traitAlias": null
    },
    {
        "mappingId": 103455,
        "traitType": "SEGMENT",
        "traitValue": 0,
        "orderId": 780,
        "elementName": "Test Trait",
        "elementDescription": "This trait",
        "elementStatus": 1,
        "createTime": 1353373234000,
        "updateTime": 1353373234000,
        "crUID": 1065,
        "upUID": 1065,
        "sid": 121070,
        "startDate": "2012-11-20",
        "endDate": null,
        "priority": null,
        "url": "https://my.adobeconnect.com",
        "secureUrl": null,
        "tagCode": null,
        "secureTagCode": null,
        "traitAlias": null
    }
])json";

// aam-api-map-segments: "Add Multiple Segments to a Destination", response
// (destinationMappingId and traitToDataOrderId).
inline const QByteArray kBulkAdd = R"json([
    {
        "destinationMappingId": 103454,
        "traitType": "SEGMENT",
        "traitValue": 0,
        "destinationId": 780,
        "elementName": "Case of the Mondays",
        "elementDescription": "test",
        "elementStatus": "active",
        "createTime": 1353373234000,
        "updateTime": 1353373234000,
        "crUID": 1065,
        "upUID": 1065,
        "sid": 105123,
        "startDate": "2012-11-19",
        "endDate": null,
        "priority": null,
        "url": "https://adobe.com",
        "secureUrl": null,
        "tagCode": null,
        "secureTagCode": null,
        "traitAlias": null
    },
    {
        "traitToDataOrderId": 103455,
        "traitType": "SEGMENT",
        "traitValue": 0,
        "destinationId": 780,
        "elementName": "Test Trait",
        "elementDescription": "This trait",
        "elementStatus": 1,
        "createTime": 1353373234000,
        "updateTime": 1353373234000,
        "crUID": 1065,
        "upUID": 1065,
        "sid": 121070,
        "startDate": "2012-11-20",
        "endDate": null,
        "priority": null,
        "url": "https://my.adobeconnect.com",
        "secureUrl": null,
        "tagCode": null,
        "secureTagCode": null,
        "traitAlias": null
    }
])json";

// aam-api-map-segments: "Update a Mapping to a Destination by Mapping ID", response.
inline const QByteArray kMappingUpdate = R"json({
    "mappingId": 103453,
    "traitType": "SEGMENT",
    "traitValue": 0,
    "destinationId": 780,
    "elementName": "sample",
    "elementDescription": "test",
    "elementStatus": "active",
    "createTime": 1353373005000,
    "updateTime": 1353373005000,
    "crUID": 1065,
    "upUID": 1065,
    "sid": 105123,
    "startDate": "2012-11-19",
    "endDate": null,
    "priority": null,
    "url": "https://www.adobe.com/send?%ALIAS%",
    "secureUrl": null,
    "tagCode": null,
    "secureTagCode": null,
    "traitAlias": null
})json";

// The segment methods moved to Adobe's Swagger reference; no docs page prints a segment object.
// This paged list uses the field names docs/aam-rest.md and the getting-started page give for
// "get all" answers and segments (sid, name, description, integrationCode, status, dataSourceId,
// folderId, segmentRule, pid, crUID, upUID, createTime, updateTime); the values are made up.
inline const QByteArray kSegmentsPaged = R"json({
   "total":3,
   "page":0,
   "pageSize":2,
   "list":[
      {
         "sid":87723,
         "pid":1099,
         "name":"Sample Games",
         "description":"Migration of Sample Games Pixel",
         "integrationCode":null,
         "status":"ACTIVE",
         "dataSourceId":0,
         "folderId":12,
         "segmentRule":"1234T OR 5678T",
         "createTime":1338940000000,
         "updateTime":1338940001000,
         "crUID":694,
         "upUID":694
      },
      {
         "sid":80920,
         "pid":1099,
         "name":"sample pixel",
         "description":"",
         "integrationCode":"sp-1",
         "status":1,
         "dataSourceId":0,
         "folderId":12,
         "segmentRule":"(1234T AND 9T)",
         "createTime":1281997484000,
         "updateTime":1300752888000,
         "crUID":224,
         "upUID":308
      }
   ]
})json";

inline QList<DocExample> docExamples()
{
    const char *create = "aam-api-create-destinations";
    const char *retrieve = "aam-api-retrieve-destinations";
    const char *map = "aam-api-map-segments";
    return {
        {"URL destination, not serialized", create, kUrlNotSerialized, {}},
        {"URL destination, serialized", create, kUrlSerialized, {}},
        {"cookie destination, single key", create, kCookieSingleKey, {}},
        {"cookie destination, multi key", create, kCookieMultiKey, {}},
        {"destination by ID (ALL_DOMAINS)", retrieve, kDestination314, {}},
        {"destination list", retrieve, kDestinationList, {}},
        {"destination update (status 1)", map, kDestination780, {}},
        {"S2S destination (DCS Desk's shape)", "none: not documented", kS2sDestination, {}},
        {"mapping, URL not serialized", map, kMappingUrlNotSerialized, {kUrlNotSerialized}},
        {"mapping, URL serialized", map, kMappingUrlSerialized, {kUrlSerialized}},
        {"mapping, cookie single key", map, kMappingCookieSingleKey, {kCookieSingleKey}},
        {"mapping, cookie multi key", map, kMappingCookieMultiKey, {kCookieMultiKey}},
        {"mapping, S2S", map, kMappingS2s, {}, true},
        {"mapping by ID (url and secureUrl)", retrieve, kMapping14593, {kDestination314}},
        {"paged mapping list", retrieve, kMappingsPaged, {kDestination314}},
        {"bulk create (orderId, elementStatus 1)", map, kBulkCreate, {kDestination780}},
        {"bulk add (traitToDataOrderId)", map, kBulkAdd, {kDestination780}},
        {"mapping update", map, kMappingUpdate, {kDestination780}},
        {"paged segment list", "none: Swagger only", kSegmentsPaged, {}},
    };
}

} // namespace dcsdesk::test

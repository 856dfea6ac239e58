/**
 * What a browser gives for each file of the web-platform-tests WebVTT file-parsing inputs
 * (`../shared/webvtt-wpt/files/`), derived by hand from the WebVTT parser algorithm (the WPT
 * expectations are held back). `null`: the signature is invalid and the track does not load.
 * Otherwise the regions (settings that differ from the defaults: width 100, lines 3, anchors
 * (0,100), no scroll) and the cues as `[id, start, end, text, settings that differ from the
 * defaults]`. Comments explain the non-obvious ones.
 */
import type { CueSettings, WebVttRegion } from '../src/types.js'

export type ExpectedCue = [id: string, start: number, end: number, text: string, settings?: Partial<CueSettings>]
export type ExpectedRegion = Partial<Omit<WebVttRegion, 'raw' | 'position'>> & { id: string }
export interface ExpectedFile {
  regions?: ExpectedRegion[]
  cues: ExpectedCue[]
}

export const FILE_EXPECTATIONS: Record<string, ExpectedFile | null> = {
  // A line with `-->` ends the block it is in unless it is the block's first line, or its second after an id: `-->`, `foo-->`, `-->foo`, `--->` and `-->-->` are each taken as a (failing) timing line of their own block, so each following cue still loads, without an id. The blocks at the end (`-a -->`, `- -->`...) fail the timing rules.
  "arrows.vtt": {
    cues: [
      ["",0,1,"text0"],
      ["",0,1,"text1"],
      ["",0,1,"text2"],
      ["",0,1,"text3"],
      ["",0,1,"text4"],
      ["",0,1,"text5"],
    ],
  },
  // NOTE inside cue text is just text; the NOTE blocks are comments.
  "comment-in-cue-text.vtt": {
    cues: [
      ["",0,1,"NOTE text"],
      ["",1,2,"NOTE text\nNOTE text2"],
    ],
  },
  // Fewer than six characters: not a WebVTT file, the track fails to load.
  "empty.vtt": null,
  // Text after the signature line belongs to the header.
  "header-garbage.vtt": {
    cues: [
      ["",0,1,"text"],
    ],
  },
  // Regions with the same id are all kept; `region:` picks the last one. `line`, `size` and `vertical` drop a cue out of its region; a REGION block without `id:` makes a region with id ''. `WEBVTT FILE` is a valid signature.
  "header-regions.vtt": {
    regions: [
      {id: "region_without_settings"},
      {id: "region_with_all_settings",width: 32,lines: 5,regionAnchor: [41,20],viewportAnchor: [31,84],scroll: "up"},
      {id: "region_floating_point_anchor",regionAnchor: [41.125,20.25],viewportAnchor: [32.75,32.5]},
      {id: "not_unique_id",width: 42},
      {id: "not_unique_id",width: 67},
      {id: ""},
    ],
    cues: [
      ["",0,2.5,"\"no region\""],
      ["",0,2.5,"\"no region\"",{line: 5}],
      ["",0,2.5,"\"no region\"",{size: 10}],
      ["",0,2.5,"\"no region\"",{vertical: "lr"}],
      ["",3,4,"{}",{region: "region_without_settings"}],
      ["",4,5,"{\"width\":32,\"lines\":5,\"regionAnchorX\":41,\"regionAnchorY\":20,\"viewportAnchorX\":31,\"viewportAnchorY\":84,\"scroll\":\"up\"}",{region: "region_with_all_settings"}],
      ["",5,6,"{\"regionAnchorX\":41.125,\"regionAnchorY\":20.25,\"viewportAnchorX\":32.75,\"viewportAnchorY\":32.5}",{region: "region_floating_point_anchor"}],
      ["",6,7,"{\"width\":67}",{region: "not_unique_id"}],
      ["",7,8,"\"no region\""],
    ],
  },
  // A line holding one space is not blank: it is header, and the header ends at the timing line (a `-->` line ends a header block).
  "header-space.vtt": {
    cues: [
      ["",0,1,"text"],
    ],
  },
  "header-tab.vtt": {
    cues: [
      ["",0,1,"text"],
    ],
  },
  // The timing line right after the signature ends the header and starts the cue.
  "header-timings.vtt": {
    cues: [
      ["",0,1,"text"],
    ],
  },
  // Ids keep their spaces; `-- >` and `->` are not arrows.
  "ids.vtt": {
    cues: [
      [" leading space",0,1,"text0"],
      ["trailing space ",0,1,"text1"],
      ["-- >",0,1,"text2"],
      ["->",0,1,"text3"],
      [" ",0,1,"text4"],
    ],
  },
  // CR, LF and CRLF are each one line break; `\n\r` is two.
  "newlines.vtt": {
    cues: [
      ["cr",0,1,"text0"],
      ["lf",0,1,"text1"],
      ["crlf",0,1,"text2"],
      ["lfcr",0,1,"text3"],
    ],
  },
  // NULs become U+FFFD first. A U+FFFD line after the signature is header, so the header runs to the first timing line. U+FFFD inside a timestamp, or between the start time and `-->`, breaks the timings; after the end time it only spoils the settings token it is part of.
  "nulls.vtt": {
    cues: [
      ["",0,1,"text0"],
      ["� (null in id)",0,1,"text1"],
      ["� (null in cue data)",0,1,"�text�2"],
      ["",0,1,"text3"],
      ["",0,1,"text4"],
      ["",0,1,"text5"],
      ["",0,1,"text6",{align: "end"}],
    ],
  },
  // A `-->` line ends a REGION block that is past its second line; `REGION\n--->` and `id:jack-->` are (failing) cues, not regions, so jill keeps 3 lines and jack 4.
  "regions-edge-case.vtt": {
    regions: [
      {id: "foo",lines: 1},
      {id: "bill",lines: 2},
      {id: "jill"},
      {id: "jack",lines: 4},
    ],
    cues: [
      ["",0,1,"text",{region: "foo"}],
      ["",0,1,"text",{region: "bill"}],
      ["",0,1,"text",{region: "jill"}],
      ["",0,1,"text",{region: "jack"}],
    ],
  },
  // Region settings are split on any ASCII whitespace, line breaks included: the last `id:` wins. U+000B is not ASCII whitespace, so `id:\v` is a valid id.
  "regions-id.vtt": {
    regions: [
      {id: "bar",lines: 1},
      {id: "foo",lines: 2},
      {id: "id"},
      {id: "\u000b",lines: 4},
    ],
    cues: [
      ["",0,1,"valid",{region: "foo"}],
      ["",0,1,"valid",{region: "bar"}],
      ["",0,1,"valid",{region: "id"}],
      ["",0,1,"valid",{region: "\u000b"}],
    ],
  },
  // `lines` takes any run of ASCII digits as an integer (the spec sets no upper bound; a browser stores VTTRegion.lines as an unsigned long and may wrap or clamp values past 2^32 - 1: this records the spec's integer). `-0`, `1.5`, `-1`, ` 1` and `lines :1` are ignored.
  "regions-lines.vtt": {
    regions: [
      {id: "1",lines: 0},
      {id: "2",lines: 1},
      {id: "3",lines: 100},
      {id: "4",lines: 101},
      {id: "5",lines: 65536},
      {id: "6",lines: 4294967296},
      {id: "7",lines: 18446744073709552000},
      {id: "8",lines: 1e+34},
      {id: "9",lines: 2},
      {id: "10"},
      {id: "11"},
      {id: "12"},
      {id: "13"},
    ],
    cues: [
      ["",0,1,"text",{region: "1"}],
      ["",0,1,"text",{region: "2"}],
      ["",0,1,"text",{region: "3"}],
      ["",0,1,"text",{region: "4"}],
      ["",0,1,"text",{region: "5"}],
      ["",0,1,"text",{region: "6"}],
      ["",0,1,"text",{region: "7"}],
      ["",0,1,"text",{region: "8"}],
      ["",0,1,"text",{region: "9"}],
      ["",0,1,"text",{region: "10"}],
      ["",0,1,"text",{region: "11"}],
      ["",0,1,"text",{region: "12"}],
      ["",0,1,"text",{region: "13"}],
    ],
  },
  // The old `Region:` header syntax makes no region: the header is ignored, the cues have no region.
  "regions-old.vtt": {
    cues: [
      ["",0,1,"text0"],
      ["",0,1,"text1"],
    ],
  },
  // Both coordinates must be WebVTT percentages in 0..100; otherwise the default (0,100) stays.
  "regions-regionanchor.vtt": {
    regions: [
      {id: "0"},
      {id: "1",regionAnchor: [0,0]},
      {id: "2",regionAnchor: [1,1]},
      {id: "3",regionAnchor: [100,0]},
      {id: "4"},
      {id: "5",regionAnchor: [100,100]},
      {id: "6"},
      {id: "7"},
      {id: "8"},
      {id: "9"},
      {id: "10"},
      {id: "11"},
      {id: "12"},
      {id: "13"},
      {id: "14"},
      {id: "15"},
      {id: "16"},
      {id: "17"},
      {id: "18"},
      {id: "19"},
    ],
    cues: [
      ["",0,1,"text",{region: "0"}],
      ["",0,1,"text",{region: "1"}],
      ["",0,1,"text",{region: "2"}],
      ["",0,1,"text",{region: "3"}],
      ["",0,1,"text",{region: "4"}],
      ["",0,1,"text",{region: "5"}],
      ["",0,1,"text",{region: "6"}],
      ["",0,1,"text",{region: "7"}],
      ["",0,1,"text",{region: "8"}],
      ["",0,1,"text",{region: "9"}],
      ["",0,1,"text",{region: "10"}],
      ["",0,1,"text",{region: "11"}],
      ["",0,1,"text",{region: "12"}],
      ["",0,1,"text",{region: "13"}],
      ["",0,1,"text",{region: "14"}],
      ["",0,1,"text",{region: "15"}],
      ["",0,1,"text",{region: "16"}],
      ["",0,1,"text",{region: "17"}],
      ["",0,1,"text",{region: "18"}],
      ["",0,1,"text",{region: "19"}],
    ],
  },
  // Only the exact value `up` sets scroll.
  "regions-scroll.vtt": {
    regions: [
      {id: "0"},
      {id: "1",scroll: "up"},
      {id: "2",scroll: "up"},
      {id: "3"},
      {id: "4"},
      {id: "5",scroll: "up"},
    ],
    cues: [
      ["",0,1,"text",{region: "0"}],
      ["",0,1,"text",{region: "1"}],
      ["",0,1,"text",{region: "2"}],
      ["",0,1,"text",{region: "3"}],
      ["",0,1,"text",{region: "4"}],
      ["",0,1,"text",{region: "5"}],
    ],
  },
  // As regionanchor.
  "regions-viewportanchor.vtt": {
    regions: [
      {id: "0"},
      {id: "1",viewportAnchor: [0,0]},
      {id: "2",viewportAnchor: [1,1]},
      {id: "3",viewportAnchor: [100,0]},
      {id: "4"},
      {id: "5",viewportAnchor: [100,100]},
      {id: "6"},
      {id: "7"},
      {id: "8"},
      {id: "9"},
      {id: "10"},
      {id: "11"},
      {id: "12"},
      {id: "13"},
      {id: "14"},
      {id: "15"},
      {id: "16"},
      {id: "17"},
      {id: "18"},
      {id: "19"},
    ],
    cues: [
      ["",0,1,"text",{region: "0"}],
      ["",0,1,"text",{region: "1"}],
      ["",0,1,"text",{region: "2"}],
      ["",0,1,"text",{region: "3"}],
      ["",0,1,"text",{region: "4"}],
      ["",0,1,"text",{region: "5"}],
      ["",0,1,"text",{region: "6"}],
      ["",0,1,"text",{region: "7"}],
      ["",0,1,"text",{region: "8"}],
      ["",0,1,"text",{region: "9"}],
      ["",0,1,"text",{region: "10"}],
      ["",0,1,"text",{region: "11"}],
      ["",0,1,"text",{region: "12"}],
      ["",0,1,"text",{region: "13"}],
      ["",0,1,"text",{region: "14"}],
      ["",0,1,"text",{region: "15"}],
      ["",0,1,"text",{region: "16"}],
      ["",0,1,"text",{region: "17"}],
      ["",0,1,"text",{region: "18"}],
      ["",0,1,"text",{region: "19"}],
    ],
  },
  // Later valid settings override earlier ones; invalid values (`CENTER`, `middle`, empty) are ignored. `align:center` is the default, so it shows no difference here.
  "settings-align.vtt": {
    cues: [
      ["",0,1,"text0"],
      ["",0,1,"text1",{align: "start"}],
      ["",0,1,"text2"],
      ["",0,1,"text3",{align: "end"}],
      ["",0,1,"text4",{align: "left"}],
      ["",0,1,"text5",{align: "right"}],
      ["",0,1,"text6",{align: "end"}],
      ["",0,1,"text7",{align: "end"}],
      ["",0,1,"text8",{align: "end"}],
      ["",0,1,"text9",{align: "end"}],
      ["",0,1,"text10",{align: "end"}],
      ["",0,1,"text11",{align: "end"}],
      ["",0,1,"text12"],
    ],
  },
  // Numbers follow HTML's floating-point rules: -0 reads as 0, values that round past the double range are errors, 5e-324 survives and smaller values round to 0. A `%` value must be a WebVTT percentage (no sign, at most 100) and makes snapToLines false.
  "settings-line.vtt": {
    cues: [
      ["",0,1,"valid0",{line: -1}],
      ["",0,1,"valid1",{line: 0}],
      ["",0,1,"valid2",{line: 0}],
      ["",0,1,"valid3",{line: 1}],
      ["",0,1,"valid4",{line: 100}],
      ["",0,1,"valid5",{line: 101}],
      ["",0,1,"valid6",{line: 65536}],
      ["",0,1,"valid7",{line: 4294967296}],
      ["",0,1,"valid8",{line: 18446744073709552000}],
      ["",0,1,"valid9",{line: 1e+34}],
      ["",0,1,"valid10",{line: 1.5}],
      ["Number.MAX_VALUE",0,1,"valid11",{line: 1.7976931348623157e+308}],
      ["-1 * Number.MAX_VALUE",0,1,"valid12",{line: -1.7976931348623157e+308}],
      ["Number.MIN_VALUE",0,1,"valid13",{line: 5e-324}],
      ["Less than Number.MIN_VALUE",0,1,"valid14",{line: 0}],
      ["",0,1,"invalid15"],
      ["",0,1,"invalid16"],
      ["",0,1,"invalid17"],
      ["",0,1,"invalid18"],
      ["",0,1,"invalid19"],
      ["",0,1,"invalid20"],
      ["",0,1,"invalid21"],
      ["",0,1,"invalid22"],
      ["",0,1,"invalid23"],
      ["",0,1,"invalid24"],
      ["",0,1,"invalid25"],
      ["",0,1,"invalid26"],
      ["",0,1,"invalid27"],
      ["",0,1,"invalid28"],
      ["",0,1,"invalid29"],
      ["",0,1,"invalid30"],
      ["",0,1,"invalid31"],
      ["",0,1,"invalid32"],
      ["Greater than Number.MAX_VALUE",0,1,"invalid33"],
      ["Less than -1 * Number.MAX_VALUE",0,1,"invalid34"],
      ["exponential notation",0,1,"invalid35"],
      ["",0,1,"invalid36"],
      ["",0,1,"invalid37"],
      ["",0,1,"text38",{line: 0,snapToLines: false}],
      ["",0,1,"text39",{line: 0,snapToLines: false}],
      ["",0,1,"text40",{line: 100,snapToLines: false}],
      ["",0,1,"text41",{line: 100,snapToLines: false}],
      ["",0,1,"text42",{line: 100,lineAlign: "center",snapToLines: false}],
      ["",0,1,"text43",{line: 100,lineAlign: "end",snapToLines: false}],
      ["Number.MIN_VALUE %",0,1,"text44",{line: 5e-324,snapToLines: false}],
      ["Less than Number.MIN_VALUE %",0,1,"text45",{line: 0,snapToLines: false}],
      ["Compound keyword must not match as \"start\" followed by \"end\"",0,1,"text46"],
    ],
  },
  "settings-multiple.vtt": {
    cues: [
      ["id0",0,1,"text0",{vertical: "lr",line: 1,snapToLines: false,position: 25,size: 50,align: "start"}],
      ["id1",0,1,"text1",{vertical: "rl",line: 1,position: 100,size: 0}],
    ],
  },
  // `position:1% ,center` is two tokens: the second has no colon and is skipped. `position:1%, center` leaves an empty alignment after the comma: the whole setting is ignored.
  "settings-position.vtt": {
    cues: [
      ["",0,1,"text0",{position: 1}],
      ["",0,1,"text1",{position: 100}],
      ["",0,1,"text2",{position: 1}],
      ["",0,1,"text3",{position: 1.5}],
      ["",0,1,"text4",{position: 1,positionAlign: "line-left"}],
      ["",0,1,"text5",{position: 1,positionAlign: "center"}],
      ["",0,1,"text6",{position: 1,positionAlign: "line-right"}],
      ["",0,1,"text7",{position: 1}],
      ["",0,1,"invalid8"],
      ["",0,1,"invalid9"],
      ["",0,1,"invalid10"],
      ["",0,1,"invalid11"],
      ["",0,1,"invalid12"],
      ["",0,1,"invalid13"],
      ["",0,1,"invalid14"],
      ["",0,1,"invalid15"],
      ["",0,1,"invalid16"],
      ["",0,1,"invalid17"],
      ["",0,1,"invalid18"],
      ["",0,1,"invalid19"],
      ["",0,1,"invalid20"],
      ["",0,1,"invalid21"],
      ["Compound keyword must not match as \"line-left\" followed by \"center\"",0,1,"invalid22"],
      ["Compound keyword must not match as \"line-left\" followed by \"auto\"",0,1,"invalid23"],
      ["The colalign keywords are only line-left, center and line-right; \"auto\" voids the setting",0,1,"invalid24"],
    ],
  },
  // The second `foo` region is the one used; a region without id cannot be named. `region:` with nothing after the colon is skipped.
  "settings-region.vtt": {
    regions: [
      {id: "foo"},
      {id: "bar"},
      {id: "foo"},
      {id: "",width: 10},
    ],
    cues: [
      ["",0,1,"text0",{region: "foo"}],
      ["",0,1,"text1",{region: "bar"}],
      ["",0,1,"text2",{region: "bar"}],
      ["",0,1,"text3"],
      ["",0,1,"text4",{region: "foo"}],
      ["",0,1,"invalid5"],
      ["",0,1,"invalid6"],
      ["",0,1,"invalid7"],
      ["",0,1,"invalid8"],
    ],
  },
  // `size:1xx size:2%` -> 2; `size:00%` -> 0; an invalid later value leaves the earlier one.
  "settings-size.vtt": {
    cues: [
      ["",0,1,"text0"],
      ["",0,1,"text1",{size: 2}],
      ["",0,1,"text2",{size: 0}],
      ["",0,1,"text3",{size: 0}],
      ["",0,1,"text4"],
      ["",0,1,"text5",{size: 50}],
      ["",0,1,"text6",{size: 1.5}],
      ["",0,1,"invalid7"],
      ["",0,1,"invalid8"],
      ["",0,1,"invalid9"],
      ["",0,1,"invalid10"],
      ["",0,1,"invalid11"],
      ["",0,1,"invalid12"],
      ["",0,1,"invalid13"],
      ["",0,1,"invalid14"],
      ["",0,1,"invalid15"],
    ],
  },
  "settings-vertical.vtt": {
    cues: [
      ["",0,1,"text0"],
      ["",0,1,"text1",{vertical: "lr"}],
      ["",0,1,"text2",{vertical: "rl"}],
      ["",0,1,"text3",{vertical: "lr"}],
      ["",0,1,"invalid4"],
      ["",0,1,"invalid5"],
      ["",0,1,"invalid6"],
      ["",0,1,"invalid7"],
    ],
  },
  // One byte order mark is dropped by UTF-8 decoding.
  "signature-bom.vtt": {
    cues: [],
  },
  // The seventh character must be a space, tab or line break; a form feed is not.
  "signature-formfeed.vtt": null,
  // U+00A0 after WEBVTT (this copy's stand-in for the upstream character): not a space or tab. Reconstructed file.
  "signature-invalid-whitespace.vtt": null,
  "signature-invalid.vtt": null,
  "signature-lowercase.vtt": null,
  "signature-missing-whitespace.vtt": null,
  "signature-missing.vtt": null,
  // Exactly `WEBVTT`: valid, no cues.
  "signature-no-newline.vtt": {
    cues: [],
  },
  // The NUL after WEBVTT becomes U+FFFD: invalid seventh character. Reconstructed file.
  "signature-null.vtt": null,
  "signature-partial.vtt": null,
  "signature-space-no-newline.vtt": {
    cues: [],
  },
  "signature-space.vtt": {
    cues: [],
  },
  "signature-tab-no-newline.vtt": {
    cues: [],
  },
  "signature-tab.vtt": {
    cues: [],
  },
  // The timings on the signature line are part of the signature line; `text` is header. No cues.
  "signature-timings.vtt": {
    cues: [],
  },
  // Only one BOM is dropped; the second is the first character, so the signature is wrong.
  "signature-two-boms.vtt": null,
  "signature-websrt.vtt": null,
  // A STYLE block runs to the blank line (`-- >` is no arrow); the block after it is not a cue. STYLE after the first cue is ignored.
  "stylesheets.vtt": {
    cues: [
      ["foo",0,1,"text"],
      ["bar",0,1,"text"],
    ],
  },
  // Minutes or seconds of 60 fail; a first field of 60 has more than 59 so it is hours (60:00:01.000 = 216001 s).
  "timings-60.vtt": {
    cues: [
      ["",0,216001,"text1"],
      ["",216000,216001,"text2"],
    ],
  },
  // The timing line ends before the end time: no cue.
  "timings-eof.vtt": {
    cues: [],
  },
  "timings-garbage.vtt": {
    cues: [],
  },
  // The parsing algorithm does not compare the end with the start: all four cues load.
  "timings-negative.vtt": {
    cues: [
      ["",0,0,"text0"],
      ["",1,0.999,"text1"],
      ["",60,59.999,"text2"],
      ["",3600,3599.999,"text3"],
    ],
  },
  // `mm:ss.ttt` is valid on either side.
  "timings-omitted-hours.vtt": {
    cues: [
      ["",0,1,"text0"],
      ["",0,1,"text1"],
      ["",0,1,"text2"],
    ],
  },
  // Hours may have any number of digits (`000:`); minutes, seconds and fractions must have exactly 2, 2 and 3.
  "timings-too-long.vtt": {
    cues: [
      ["",0,1,"text0"],
      ["",0,1,"text1"],
    ],
  },
  // A one-digit hour is valid (`0:00:00.000`); every other short field fails.
  "timings-too-short.vtt": {
    cues: [
      ["",0,1,"text0"],
      ["",0,1,"text1"],
    ],
  },
  // Spaces, tabs and form feeds around the timings are skipped; U+000B (vertical tab) is not whitespace, so that cue fails. Cue text keeps its leading spaces.
  "whitespace-chars.vtt": {
    cues: [
      ["spaces",0,1,"   text0"],
      ["tabs",0,1,"text1"],
      ["form feed",0,1,"text2"],
    ],
  },
}

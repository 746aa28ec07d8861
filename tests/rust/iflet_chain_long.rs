// covers: a long if-let chain (iflet25, issue 23): tests/robust/gen.py iflets 300, generated once
// (300 links after an await: `if let Some(v)` / `if let Ok(v)` on calls in turn, every 3rd a plain
// `if`), walked in a loop by every stage; equal to rustc 1.95's MIR in the four configs
//@ args: dispatch 0
//@ args: dispatch 1
//@ args: dispatch 2
//@ args: dispatch 150
//@ args: dispatch 298
//@ args: dispatch 299
//@ args: dispatch 300
fn pick(x: u32, i: u32) -> Option<u32> { if x == i { Some(i % 1000) } else { None } }
fn pickr(x: u32, i: u32) -> Result<u32, u8> { if x == i { Ok(i % 997) } else { Err(1) } }
async fn dispatch(x: u32) -> u32 {
    yield_now().await;
    let r = if let Some(v) = pick(x, 0) { v }
    else if let Ok(v) = pickr(x, 1) { v + 1 }
    else if x == 2 { 14u32 }
    else if let Ok(v) = pickr(x, 3) { v + 1 }
    else if let Some(v) = pick(x, 4) { v }
    else if x == 5 { 35u32 }
    else if let Some(v) = pick(x, 6) { v }
    else if let Ok(v) = pickr(x, 7) { v + 1 }
    else if x == 8 { 56u32 }
    else if let Ok(v) = pickr(x, 9) { v + 1 }
    else if let Some(v) = pick(x, 10) { v }
    else if x == 11 { 77u32 }
    else if let Some(v) = pick(x, 12) { v }
    else if let Ok(v) = pickr(x, 13) { v + 1 }
    else if x == 14 { 98u32 }
    else if let Ok(v) = pickr(x, 15) { v + 1 }
    else if let Some(v) = pick(x, 16) { v }
    else if x == 17 { 119u32 }
    else if let Some(v) = pick(x, 18) { v }
    else if let Ok(v) = pickr(x, 19) { v + 1 }
    else if x == 20 { 140u32 }
    else if let Ok(v) = pickr(x, 21) { v + 1 }
    else if let Some(v) = pick(x, 22) { v }
    else if x == 23 { 161u32 }
    else if let Some(v) = pick(x, 24) { v }
    else if let Ok(v) = pickr(x, 25) { v + 1 }
    else if x == 26 { 182u32 }
    else if let Ok(v) = pickr(x, 27) { v + 1 }
    else if let Some(v) = pick(x, 28) { v }
    else if x == 29 { 203u32 }
    else if let Some(v) = pick(x, 30) { v }
    else if let Ok(v) = pickr(x, 31) { v + 1 }
    else if x == 32 { 224u32 }
    else if let Ok(v) = pickr(x, 33) { v + 1 }
    else if let Some(v) = pick(x, 34) { v }
    else if x == 35 { 245u32 }
    else if let Some(v) = pick(x, 36) { v }
    else if let Ok(v) = pickr(x, 37) { v + 1 }
    else if x == 38 { 266u32 }
    else if let Ok(v) = pickr(x, 39) { v + 1 }
    else if let Some(v) = pick(x, 40) { v }
    else if x == 41 { 287u32 }
    else if let Some(v) = pick(x, 42) { v }
    else if let Ok(v) = pickr(x, 43) { v + 1 }
    else if x == 44 { 308u32 }
    else if let Ok(v) = pickr(x, 45) { v + 1 }
    else if let Some(v) = pick(x, 46) { v }
    else if x == 47 { 329u32 }
    else if let Some(v) = pick(x, 48) { v }
    else if let Ok(v) = pickr(x, 49) { v + 1 }
    else if x == 50 { 350u32 }
    else if let Ok(v) = pickr(x, 51) { v + 1 }
    else if let Some(v) = pick(x, 52) { v }
    else if x == 53 { 371u32 }
    else if let Some(v) = pick(x, 54) { v }
    else if let Ok(v) = pickr(x, 55) { v + 1 }
    else if x == 56 { 392u32 }
    else if let Ok(v) = pickr(x, 57) { v + 1 }
    else if let Some(v) = pick(x, 58) { v }
    else if x == 59 { 413u32 }
    else if let Some(v) = pick(x, 60) { v }
    else if let Ok(v) = pickr(x, 61) { v + 1 }
    else if x == 62 { 434u32 }
    else if let Ok(v) = pickr(x, 63) { v + 1 }
    else if let Some(v) = pick(x, 64) { v }
    else if x == 65 { 455u32 }
    else if let Some(v) = pick(x, 66) { v }
    else if let Ok(v) = pickr(x, 67) { v + 1 }
    else if x == 68 { 476u32 }
    else if let Ok(v) = pickr(x, 69) { v + 1 }
    else if let Some(v) = pick(x, 70) { v }
    else if x == 71 { 497u32 }
    else if let Some(v) = pick(x, 72) { v }
    else if let Ok(v) = pickr(x, 73) { v + 1 }
    else if x == 74 { 518u32 }
    else if let Ok(v) = pickr(x, 75) { v + 1 }
    else if let Some(v) = pick(x, 76) { v }
    else if x == 77 { 539u32 }
    else if let Some(v) = pick(x, 78) { v }
    else if let Ok(v) = pickr(x, 79) { v + 1 }
    else if x == 80 { 560u32 }
    else if let Ok(v) = pickr(x, 81) { v + 1 }
    else if let Some(v) = pick(x, 82) { v }
    else if x == 83 { 581u32 }
    else if let Some(v) = pick(x, 84) { v }
    else if let Ok(v) = pickr(x, 85) { v + 1 }
    else if x == 86 { 602u32 }
    else if let Ok(v) = pickr(x, 87) { v + 1 }
    else if let Some(v) = pick(x, 88) { v }
    else if x == 89 { 623u32 }
    else if let Some(v) = pick(x, 90) { v }
    else if let Ok(v) = pickr(x, 91) { v + 1 }
    else if x == 92 { 644u32 }
    else if let Ok(v) = pickr(x, 93) { v + 1 }
    else if let Some(v) = pick(x, 94) { v }
    else if x == 95 { 665u32 }
    else if let Some(v) = pick(x, 96) { v }
    else if let Ok(v) = pickr(x, 97) { v + 1 }
    else if x == 98 { 686u32 }
    else if let Ok(v) = pickr(x, 99) { v + 1 }
    else if let Some(v) = pick(x, 100) { v }
    else if x == 101 { 707u32 }
    else if let Some(v) = pick(x, 102) { v }
    else if let Ok(v) = pickr(x, 103) { v + 1 }
    else if x == 104 { 728u32 }
    else if let Ok(v) = pickr(x, 105) { v + 1 }
    else if let Some(v) = pick(x, 106) { v }
    else if x == 107 { 749u32 }
    else if let Some(v) = pick(x, 108) { v }
    else if let Ok(v) = pickr(x, 109) { v + 1 }
    else if x == 110 { 770u32 }
    else if let Ok(v) = pickr(x, 111) { v + 1 }
    else if let Some(v) = pick(x, 112) { v }
    else if x == 113 { 791u32 }
    else if let Some(v) = pick(x, 114) { v }
    else if let Ok(v) = pickr(x, 115) { v + 1 }
    else if x == 116 { 812u32 }
    else if let Ok(v) = pickr(x, 117) { v + 1 }
    else if let Some(v) = pick(x, 118) { v }
    else if x == 119 { 833u32 }
    else if let Some(v) = pick(x, 120) { v }
    else if let Ok(v) = pickr(x, 121) { v + 1 }
    else if x == 122 { 854u32 }
    else if let Ok(v) = pickr(x, 123) { v + 1 }
    else if let Some(v) = pick(x, 124) { v }
    else if x == 125 { 875u32 }
    else if let Some(v) = pick(x, 126) { v }
    else if let Ok(v) = pickr(x, 127) { v + 1 }
    else if x == 128 { 896u32 }
    else if let Ok(v) = pickr(x, 129) { v + 1 }
    else if let Some(v) = pick(x, 130) { v }
    else if x == 131 { 917u32 }
    else if let Some(v) = pick(x, 132) { v }
    else if let Ok(v) = pickr(x, 133) { v + 1 }
    else if x == 134 { 938u32 }
    else if let Ok(v) = pickr(x, 135) { v + 1 }
    else if let Some(v) = pick(x, 136) { v }
    else if x == 137 { 959u32 }
    else if let Some(v) = pick(x, 138) { v }
    else if let Ok(v) = pickr(x, 139) { v + 1 }
    else if x == 140 { 980u32 }
    else if let Ok(v) = pickr(x, 141) { v + 1 }
    else if let Some(v) = pick(x, 142) { v }
    else if x == 143 { 1001u32 }
    else if let Some(v) = pick(x, 144) { v }
    else if let Ok(v) = pickr(x, 145) { v + 1 }
    else if x == 146 { 1022u32 }
    else if let Ok(v) = pickr(x, 147) { v + 1 }
    else if let Some(v) = pick(x, 148) { v }
    else if x == 149 { 1043u32 }
    else if let Some(v) = pick(x, 150) { v }
    else if let Ok(v) = pickr(x, 151) { v + 1 }
    else if x == 152 { 1064u32 }
    else if let Ok(v) = pickr(x, 153) { v + 1 }
    else if let Some(v) = pick(x, 154) { v }
    else if x == 155 { 1085u32 }
    else if let Some(v) = pick(x, 156) { v }
    else if let Ok(v) = pickr(x, 157) { v + 1 }
    else if x == 158 { 1106u32 }
    else if let Ok(v) = pickr(x, 159) { v + 1 }
    else if let Some(v) = pick(x, 160) { v }
    else if x == 161 { 1127u32 }
    else if let Some(v) = pick(x, 162) { v }
    else if let Ok(v) = pickr(x, 163) { v + 1 }
    else if x == 164 { 1148u32 }
    else if let Ok(v) = pickr(x, 165) { v + 1 }
    else if let Some(v) = pick(x, 166) { v }
    else if x == 167 { 1169u32 }
    else if let Some(v) = pick(x, 168) { v }
    else if let Ok(v) = pickr(x, 169) { v + 1 }
    else if x == 170 { 1190u32 }
    else if let Ok(v) = pickr(x, 171) { v + 1 }
    else if let Some(v) = pick(x, 172) { v }
    else if x == 173 { 1211u32 }
    else if let Some(v) = pick(x, 174) { v }
    else if let Ok(v) = pickr(x, 175) { v + 1 }
    else if x == 176 { 1232u32 }
    else if let Ok(v) = pickr(x, 177) { v + 1 }
    else if let Some(v) = pick(x, 178) { v }
    else if x == 179 { 1253u32 }
    else if let Some(v) = pick(x, 180) { v }
    else if let Ok(v) = pickr(x, 181) { v + 1 }
    else if x == 182 { 1274u32 }
    else if let Ok(v) = pickr(x, 183) { v + 1 }
    else if let Some(v) = pick(x, 184) { v }
    else if x == 185 { 1295u32 }
    else if let Some(v) = pick(x, 186) { v }
    else if let Ok(v) = pickr(x, 187) { v + 1 }
    else if x == 188 { 1316u32 }
    else if let Ok(v) = pickr(x, 189) { v + 1 }
    else if let Some(v) = pick(x, 190) { v }
    else if x == 191 { 1337u32 }
    else if let Some(v) = pick(x, 192) { v }
    else if let Ok(v) = pickr(x, 193) { v + 1 }
    else if x == 194 { 1358u32 }
    else if let Ok(v) = pickr(x, 195) { v + 1 }
    else if let Some(v) = pick(x, 196) { v }
    else if x == 197 { 1379u32 }
    else if let Some(v) = pick(x, 198) { v }
    else if let Ok(v) = pickr(x, 199) { v + 1 }
    else if x == 200 { 1400u32 }
    else if let Ok(v) = pickr(x, 201) { v + 1 }
    else if let Some(v) = pick(x, 202) { v }
    else if x == 203 { 1421u32 }
    else if let Some(v) = pick(x, 204) { v }
    else if let Ok(v) = pickr(x, 205) { v + 1 }
    else if x == 206 { 1442u32 }
    else if let Ok(v) = pickr(x, 207) { v + 1 }
    else if let Some(v) = pick(x, 208) { v }
    else if x == 209 { 1463u32 }
    else if let Some(v) = pick(x, 210) { v }
    else if let Ok(v) = pickr(x, 211) { v + 1 }
    else if x == 212 { 1484u32 }
    else if let Ok(v) = pickr(x, 213) { v + 1 }
    else if let Some(v) = pick(x, 214) { v }
    else if x == 215 { 1505u32 }
    else if let Some(v) = pick(x, 216) { v }
    else if let Ok(v) = pickr(x, 217) { v + 1 }
    else if x == 218 { 1526u32 }
    else if let Ok(v) = pickr(x, 219) { v + 1 }
    else if let Some(v) = pick(x, 220) { v }
    else if x == 221 { 1547u32 }
    else if let Some(v) = pick(x, 222) { v }
    else if let Ok(v) = pickr(x, 223) { v + 1 }
    else if x == 224 { 1568u32 }
    else if let Ok(v) = pickr(x, 225) { v + 1 }
    else if let Some(v) = pick(x, 226) { v }
    else if x == 227 { 1589u32 }
    else if let Some(v) = pick(x, 228) { v }
    else if let Ok(v) = pickr(x, 229) { v + 1 }
    else if x == 230 { 1610u32 }
    else if let Ok(v) = pickr(x, 231) { v + 1 }
    else if let Some(v) = pick(x, 232) { v }
    else if x == 233 { 1631u32 }
    else if let Some(v) = pick(x, 234) { v }
    else if let Ok(v) = pickr(x, 235) { v + 1 }
    else if x == 236 { 1652u32 }
    else if let Ok(v) = pickr(x, 237) { v + 1 }
    else if let Some(v) = pick(x, 238) { v }
    else if x == 239 { 1673u32 }
    else if let Some(v) = pick(x, 240) { v }
    else if let Ok(v) = pickr(x, 241) { v + 1 }
    else if x == 242 { 1694u32 }
    else if let Ok(v) = pickr(x, 243) { v + 1 }
    else if let Some(v) = pick(x, 244) { v }
    else if x == 245 { 1715u32 }
    else if let Some(v) = pick(x, 246) { v }
    else if let Ok(v) = pickr(x, 247) { v + 1 }
    else if x == 248 { 1736u32 }
    else if let Ok(v) = pickr(x, 249) { v + 1 }
    else if let Some(v) = pick(x, 250) { v }
    else if x == 251 { 1757u32 }
    else if let Some(v) = pick(x, 252) { v }
    else if let Ok(v) = pickr(x, 253) { v + 1 }
    else if x == 254 { 1778u32 }
    else if let Ok(v) = pickr(x, 255) { v + 1 }
    else if let Some(v) = pick(x, 256) { v }
    else if x == 257 { 1799u32 }
    else if let Some(v) = pick(x, 258) { v }
    else if let Ok(v) = pickr(x, 259) { v + 1 }
    else if x == 260 { 1820u32 }
    else if let Ok(v) = pickr(x, 261) { v + 1 }
    else if let Some(v) = pick(x, 262) { v }
    else if x == 263 { 1841u32 }
    else if let Some(v) = pick(x, 264) { v }
    else if let Ok(v) = pickr(x, 265) { v + 1 }
    else if x == 266 { 1862u32 }
    else if let Ok(v) = pickr(x, 267) { v + 1 }
    else if let Some(v) = pick(x, 268) { v }
    else if x == 269 { 1883u32 }
    else if let Some(v) = pick(x, 270) { v }
    else if let Ok(v) = pickr(x, 271) { v + 1 }
    else if x == 272 { 1904u32 }
    else if let Ok(v) = pickr(x, 273) { v + 1 }
    else if let Some(v) = pick(x, 274) { v }
    else if x == 275 { 1925u32 }
    else if let Some(v) = pick(x, 276) { v }
    else if let Ok(v) = pickr(x, 277) { v + 1 }
    else if x == 278 { 1946u32 }
    else if let Ok(v) = pickr(x, 279) { v + 1 }
    else if let Some(v) = pick(x, 280) { v }
    else if x == 281 { 1967u32 }
    else if let Some(v) = pick(x, 282) { v }
    else if let Ok(v) = pickr(x, 283) { v + 1 }
    else if x == 284 { 1988u32 }
    else if let Ok(v) = pickr(x, 285) { v + 1 }
    else if let Some(v) = pick(x, 286) { v }
    else if x == 287 { 2009u32 }
    else if let Some(v) = pick(x, 288) { v }
    else if let Ok(v) = pickr(x, 289) { v + 1 }
    else if x == 290 { 2030u32 }
    else if let Ok(v) = pickr(x, 291) { v + 1 }
    else if let Some(v) = pick(x, 292) { v }
    else if x == 293 { 2051u32 }
    else if let Some(v) = pick(x, 294) { v }
    else if let Ok(v) = pickr(x, 295) { v + 1 }
    else if x == 296 { 2072u32 }
    else if let Ok(v) = pickr(x, 297) { v + 1 }
    else if let Some(v) = pick(x, 298) { v }
    else if x == 299 { 2093u32 }
    else { 1u32 };
    r
}
async fn foo() -> u32 { dispatch(299).await }

extension Normalizer {
    /// Traditional characters report text uses (verbs, units, measures, organisations) and
    /// their simplified forms, as pairs: 減减 噸吨 萬万 產产 … (only one-to-one pairs whose
    /// traditional form is not itself a simplified character).
    static let traditionalPairs = """
        並并來来個个們们備备傳传傷伤僅仅價价億亿優优儲储兩两劃划動动務务勞劳區区協协參参員员問问啟启單单噸吨國国圍围圖图團团報报場场塊块壓压壞坏學学實实寶宝將将專专對对
        導导層层屬属島岛幣币庫库廠厂廢废廣广強强彙汇後后從从復复徹彻態态憑凭應应戰战換换揮挥損损撥拨擇择擔担據据擬拟擴扩攜携敵敌數数斷断於于時时書书會会東东條条棄弃業业
        極极構构標标樣样機机權权歲岁歷历氣气氫氢汙污決决況况淨净減减準准溫温滅灭滬沪漁渔漲涨潤润濃浓濕湿濟济灣湾災灾為为無无煉炼煙烟熱热燒烧營营爐炉牽牵狀状獲获現现環环
        產产畝亩畢毕異异當当發发盡尽監监盤盘確确碼码礎础礙碍礦矿禍祸禮礼稅税種种稱称積积穩稳窮穷節节範范築筑簡简籌筹糧粮紀纪約约紅红純纯紙纸級级細细終终組组結结絕绝給给
        統统絲丝經经綜综綠绿維维網网緊紧緒绪線线練练縣县縮缩縱纵總总績绩織织繪绘繳缴繼继續续纖纤罰罚罷罢聯联聲声職职聽听脫脱膠胶臨临臺台與与興兴舉举舊旧艱艰華华萬万藝艺
        蘇苏處处號号術术衛卫補补裝装製制複复規规視视親亲觀观計计訊讯記记設设許许訴诉詢询試试該该認认語语說说調调談谈請请諾诺謀谋證证識识議议護护變变讓让豐丰豬猪負负財财
        貢贡貧贫貨货責责貴贵貸贷費费資资賣卖質质賴赖購购賽赛趨趋躍跃車车軍军軟软較较載载輔辅輕轻輛辆輪轮輸输輿舆轄辖辦办農农連连週周進进遊游運运過过達达違违遠远適适遷迁
        選选還还邊边邏逻鄉乡鄰邻醫医釋释針针鉛铅銀银銅铜銷销鋁铝鋅锌鋒锋鋰锂鋼钢錢钱錯错鍋锅鍵键鎮镇鏈链鐘钟鐳镭鐵铁長长門门閉闭開开間间閥阀閱阅闆板關关陣阵陰阴陳陈陸陆
        陽阳隊队階阶際际隨随險险隱隐雙双雜杂離离難难雲云電电靈灵韓韩響响頁页頂顶項项順顺預预領领頭头頻频顆颗題题額额顏颜願愿類类顯显風风飛飞飲饮餘余館馆馬马驅驱驗验髒脏
        體体鬥斗鬧闹魚鱼鳥鸟鹽盐麥麦黃黄點点齊齐龍龙
        爭争別别佈布擁拥劑剂幾几歸归殘残滿满漢汉潔洁燈灯獎奖療疗筆笔紛纷綫线緩缓評评詳详貿贸趕赶轉转邁迈鋪铺錄录雖虽養养驟骤麼么齡龄勢势勵励匯汇嚴严儀仪倉仓側侧偉伟創创剛刚勁劲勝胜廳厅彈弹徑径慮虑慶庆戶户擊击擋挡擾扰敗败曉晓暫暂樓楼檢检歐欧殼壳滯滞滲渗濱滨牆墙獨独畫画疊叠窯窑競竞糾纠紐纽紹绍絡络綱纲緣缘編编羅罗聖圣艦舰藍蓝虛虚蝕蚀衆众見见覽览訓训詞词誤误課课謝谢讀读貝贝貫贯貼贴賓宾賬账贊赞跡迹踐践軌轨軸轴輻辐輯辑遞递遺遗鉀钾銳锐鍍镀鎂镁鎳镍鏽锈鑄铸閘闸闡阐雞鸡靜静頓顿顧顾駐驻騰腾驚惊鮮鲜麗丽黨党塵尘濾滤訂订貯贮紡纺臟脏蓋盖壽寿濁浊廁厕橋桥閒闲衝冲裡里裏里颱台爲为錶表迴回釐厘穫获廈厦樞枢飾饰鑽钻鎊镑債债傾倾償偿
        則则佔占內内帶带這这亞亚儘尽灘滩須须樁桩劉刘渦涡審审測测樑梁櫃柜艙舱頒颁執执檔档錫锡鈷钴釩钒鈦钛矽硅圓圆樂乐註注贏赢
        """

    /// For U+4E00–U+9FFF: the simplified form of a traditional character in
    /// `traditionalPairs`, or 0.
    static let simplifiedForm: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0xA000 - 0x4E00)
        let scalars = Array(traditionalPairs.unicodeScalars.filter { $0.value >= 0x4E00 && $0.value < 0xA000 })
        for k in stride(from: 0, to: scalars.count - 1, by: 2) {
            table[Int(scalars[k].value) - 0x4E00] = UInt16(scalars[k + 1].value)
        }
        return table
    }()

    /// Pass 1b: text written in traditional characters is read as simplified, so the
    /// vocabulary (下降, 吨, 综合利用率…) matches it; quotes still come from the original. Only
    /// for a text that looks traditional (see `TraditionalCue`); `traditional` is that answer
    /// when it is known already (a file read in chunks asks its first ideographs once), nil
    /// to ask the buffer's.
    static func simplify(_ buf: inout ScalarBuffer, traditional: Bool? = nil) {
        let table = simplifiedForm
        buf.s.withUnsafeMutableBufferPointer { s in
            s.withMemoryRebound(to: UInt32.self) { s in
                if let traditional {
                    guard traditional else { return }
                } else {
                    var cue = TraditionalCue()
                    for v in s where v &- 0x4E00 < 0xA000 - 0x4E00 {
                        cue.count(v)
                        if cue.isDecided { break }
                    }
                    guard cue.looksTraditional else { return }
                }
                for k in s.indices where s[k] &- 0x4E00 < 0xA000 - 0x4E00 {
                    let simplified = table[Int(s[k] - 0x4E00)]
                    if simplified != 0 { s[k] = UInt32(simplified) }
                }
            }
        }
    }

    /// Whether a text looks traditional: at least 1 in 50 of its first 4000 ideographs
    /// (U+4E00–U+9FFF) has a simplified form here (a name or a quotation in simplified text does
    /// not turn it on). Counted over the folded scalars, or over UTF-8 bytes as they are read
    /// (folding neither makes nor drops such ideographs, so both count the same).
    struct TraditionalCue {
        static let reach = 4000
        private(set) var ideographs = 0
        private(set) var traditional = 0

        var isDecided: Bool { ideographs >= Self.reach }
        var looksTraditional: Bool { traditional * 50 >= ideographs && traditional > 0 }

        /// Counts `v`, an ideograph of U+4E00–U+9FFF.
        @inline(__always) mutating func count(_ v: UInt32) {
            ideographs += 1
            if Normalizer.simplifiedForm[Int(v - 0x4E00)] != 0 { traditional += 1 }
        }

        /// Counts the ideographs of valid UTF-8 `bytes` until decided (U+4E00–U+9FFF are the
        /// three-byte sequences led by E4 B8 … to E9 BF BF). Returns where it stopped: a
        /// sequence cut by the end of `bytes` is left for the next call.
        @discardableResult
        mutating func count(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var k = 0
            let n = bytes.count
            while k + 2 < n, !isDecided {
                let b0 = bytes[k]
                if b0 &- 0xE4 < 6 {
                    let v = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F)
                    if v >= 0x4E00 { count(v) }
                    k += 3
                } else {
                    k += 1
                }
            }
            return k
        }
    }
}

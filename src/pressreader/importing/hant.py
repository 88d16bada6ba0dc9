"""Chinese in traditional characters (Taiwan's, Hong Kong's), read by the rules as simplified.

The quote and figure rules are written for simplified characters (`说`, `强调`, `亿`). A text
that holds characters only traditional Chinese writes (`說`, `強`, `億`: `TRADITIONAL_ONLY`) is
read through a copy of each paragraph with every traditional character put into its
simplified form, one character for one (`reading_copy`): the copy has the paragraph's length,
so an offset found in it is the same offset in the paragraph, and the quotes' and figures'
texts, and their anchoring, are taken from the paragraph itself. The strings the rules build
from the copy (speakers' names, roles and affiliations, figures' labels and units) are put
back into the text's own characters (`Restorer`). Simplified and English texts are only
tested for a few frequent traditional characters (`_FREQUENT`), and only where they hold Chinese
punctuation; they are never copied.

The table is OpenCC's character data (Apache License 2.0, https://github.com/BYVoid/OpenCC;
see NOTICE), one character for one, written by `benchmarks/make_hant.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressreader.importing.wordlists import lazy

if TYPE_CHECKING:
    from collections.abc import Sequence

# BEGIN TABLE (written by benchmarks/make_hant.py; do not edit by hand)
TRADITIONAL = (
    "㑯㑳㑶㓨㘚㜄㜏㠏㥮㩜㩳㩵䁻䃮䊷䋙䋚䋹䋻䍦䎱䙡䜀䝼䥇䥑䥱䦛䦟䯀䰾䱷䱽䲁䲘䴉"
    "丟並亂亙亞佇佔來侖侶俁俔俠俥倀倆倈倉個們倫倲偉偑側偵傌傑傖傘備傭傯傳傴債"
    "傷傾僂僅僉僑僕僞僥僨僱價儀儂億儈儉儎儐儔儕償優儲儷儸儺儻儼兇兌兒兗內兩冊"
    "冪凍凜凱別刪剄則剎剗剛剝剮剴創劃劇劉劊劌劍劏劑劚勁動務勝勞勢勩勱勳勵勸勻"
    "匭匯匱區協卻厙厭厲厴參叄叢吒吳吶呂咼員唄問啓啞啢喎喚喪喫喬單喲嗆嗇嗊嗎嗚"
    "嗩嗶嘆嘍嘓嘔嘖嘗嘜嘮嘯嘰嘵嘸嘽噓噚噝噠噥噦噯噲噴噸嚀嚇嚌嚕嚦嚨嚲嚳嚴嚶囀"
    "囁囂囅囈囉囑囪圇國圍園圓圖團埡執堅堊堖堝堯報場塊塋塏塒塗塢塵塹墊墜墮墳墶"
    "墾壇壋壎壓壘壙壚壞壟壠壢壩壪壯壺壼壽夠夢夥夾奐奧奩奪奮奼妝姍娛婁婦婭媧媰"
    "媼媽嫋嫗嫵嫺嫿嬀嬃嬈嬋嬌嬙嬡嬤嬪嬰嬸孋孌孫學孿宮寢實寧審寫寬寵寶將專尋對"
    "導尷屆屍屓屜屢層屨屬岡峯峴島峽崍崗崢崬嵐嵾嶁嶄嶇嶔嶗嶠嶢嶧嶨嶮嶸嶺嶼嶽巋"
    "巒巔巖巰巹帥師帳帶幀幃幓幗幘幟幣幫幬幹幾庫廁廂廄廈廎廚廝廟廠廡廢廣廩廬廳"
    "弒弳張強彈彌彎彠彥彲後徑從徠復徵徹恆恥悅悞悵悶悽惡惱惲惻愛愜愨愴愷愾慄態"
    "慍慘慚慟慣慪慫慮慳慶慺憂憊憐憑憒憖憚憤憫憮憲憶懇應懌懍懟懣懤懨懲懶懷懸懺"
    "懼懾戀戇戔戧戩戰戱戲戶拋挩挾捫掃掄掆掗掙掛採揀揚換揮揯損搖搗搵搶摑摜摟摯"
    "摳摶摻撈撏撐撓撝撟撣撥撫撲撳撻撾撿擁擄擇擊擋擓擔據擠擬擯擰擱擲擴擷擺擻擼"
    "擽擾攄攆攏攔攖攙攛攜攝攢攣攤攪攬敓敗敘敵數斂斃斆斕斬斷於時晉晝暈暉暘暢暫"
    "暱曄曇曉曖曠曨曬書會朧東柵梔梘條梟梲棄棖棗棟棡棧棲棶椏椲楊楓楨業極榪榮榲"
    "榿構槍槓槤槧槨槮槳槶槼樁樂樅樓標樞樢樣樧樫樳樸樹樺樿橈橋機橢橫檁檉檔檜檟"
    "檢檣檮檳檸檻櫃櫓櫚櫛櫝櫞櫟櫥櫧櫨櫪櫫櫬櫱櫳櫸櫻欄權欏欒欖欞欽歐歟歡歲歷歸"
    "歿殘殞殤殨殫殮殯殰殲殺殼毀毆毿氈氌氣氫氬氳決沒況洶浹涇涗涼淚淥淨淪淵淶淺"
    "渙減渢渦測渾湊湞湧湯準溝溫溮溳溼滄滅滌滎滬滯滲滷滸滻滾滿漁漊漚漢漣漬漲漵"
    "漸漿潁潑潔潙潚潛潤潯潰潷潿澀澆澇澐澗澠澤澦澩澮澱澾濁濃濄濘濚濜濟濤濧濫濰"
    "濱濺濼濾瀂瀅瀆瀇瀉瀏瀕瀘瀝瀟瀠瀦瀧瀨瀲瀾灃灄灑灘灝灡灣灤灩災烏烴無煉煒煙"
    "煢煥煩煬煱熅熒熗熱熲熾燁燈燉燒燙燜營燦燭燴燶燻燼燾爍爐爛爭爲爺爾牀牆牘牽"
    "犖犛犢犧狀狹狽猙猶猻獁獄獅獎獨獪獫獮獰獱獲獵獷獸獺獻獼玀現琺琿瑋瑒瑣瑤瑩"
    "瑪瑲璉璡璣璦璫璯環璵璸璽瓊瓏瓔瓚甌甕產畝畢畫異當疇疊痙痾瘂瘋瘍瘓瘞瘡瘧瘮"
    "瘲瘻療癆癇癉癘癟癡癢癤癧癩癬癭癮癰癱癲發皁皚皰皸皺盜盞盡監盤盧眥睜睞瞘瞜"
    "瞞瞶瞼矓矚矯硜硤硨硯碩碭碸確碼碽磑磚磠磣磧磯磽磾礄礆礎礙礦礪礫礬礱祕祿禍"
    "禎禕禡禪禮禰禱禿秈稅稈稏稟種稱穇穌積穎穠穡穢穩穭窩窪窮窯窵窶窺竄竅竇竈竊"
    "競筆筍筧筴箋箏節範築篋篔篠篤篩篳簀簍簞簡簣簫簹簾籃籌籔籙籛籜籟籠籤籩籪籬"
    "籮籲粵糉糝糞糧糲糴糶糹糾紀紂約紅紆紇紈紉紋納紐紓純紕紖紗紘紙級紛紜紝紡紬"
    "細紱紲紳紵紹紺紼紿絀終組絅絆絎結絕絛絝絞絡絢給絨絰統絲絳絹綁綃綆綈綌綏綐"
    "經綜綞綠綢綣綬維綯綰綱網綴綸綹綺綻綽綾綿緄緇緊緋緒緓緗緘緙線緝緞締緡緣緦"
    "編緩緪緬緯緱緲練緶緹縈縉縊縋縐縑縕縗縛縝縞縟縣縫縭縮縱縲縳縵縶縷縹總績繃"
    "繅繆繒織繕繚繞繡繢繩繪繭繮繯繰繳繸繹繼繽繾繿纇纈纊續纏纓纖纘纜罃罌罰罵罷"
    "羅羆羈羋羣羥羨義羶習翬翹翽耬耮聖聞聯聰聲聳聵聶職聹聽聾肅脅脈脛脣脫脹腎腖"
    "腡腦腫腳腸膃膕膚膞膠膩膽膾膿臉臍臏臘臚臠臢臥臨臺與興舉舊艙艤艦艫艱芻苧茲"
    "荊莊莖莢莧華萇萊萬萴萵葉葒葤葦葷蒔蒕蒞蒼蓀蓋蓮蓯蓴蓽蔞蔣蔥蔦蔭蕁蕆蕎蕒蕕"
    "蕘蕢蕩蕪蕭蕷薀薈薊薌薔薘薟薦薩薳薴薵薺藍藎藝藥藪藭藶藹藺蘀蘄蘆蘇蘊蘋蘚蘞"
    "蘢蘭蘺蘿虆處虛虜號虧虯蛺蛻蜆蝕蝟蝦蝨蝸螄螞螢螮螻螿蟄蟈蟎蟣蟬蟯蟲蟶蟻蠁蠅"
    "蠆蠍蠐蠑蠔蠟蠣蠨蠱蠶蠻衆術衛衝袞裏補裝褌褘褲褳褸褻襉襏襖襝襠襤襪襯襲襴見"
    "覎規覓視覘覡覥覦親覬覯覲覷覺覽覿觀觴觶觸訁訂訃計訊訌討訐訒訓訕訖託記訛訝"
    "訟訢訣訥訩訪設許訴訶診詁詆詎詐詒詔評詖詗詘詛詞詠詡詢詣試詩詫詬詭詮詰話該"
    "詳詵詼詿誄誅誆誇認誑誒誕誘誚語誠誡誣誤誥誦誨說誰課誶誹誼誾調諂諄談諉請諍"
    "諏諑諒論諗諛諜諝諞諡諢諤諦諧諫諭諮諱諳諶諷諸諺諼諾謀謁謂謄謅謊謎謐謔謖謗"
    "謙講謝謠謨謫謬謳謹謾譁證譎譏譖識譙譚譜譫譯議譴護譸譽譾讀讅變讋讌讎讒讓讕"
    "讖讜讞豈豎豐豔豬豶貓貙貝貞貟負財貢貧貨販貪貫責貯貰貲貳貴貶買貸貺費貼貽貿"
    "賀賁賂賃賄賅資賈賊賑賒賓賕賙賚賜賞賠賡賢賣賤賦賧質賬賭賰賴賵賺賻購賽賾贄"
    "贅贇贈贊贍贏贐贓贔贖贗贛赬趕趙趨趲跡踐蹌蹕蹠蹣蹤蹺躂躉躊躋躍躎躑躒躓躕躚"
    "躡躥躦躪軀車軋軌軍軑軒軔軛軟軤軫軲軸軹軺軻軼軾較輅輇輈載輊輒輔輕輛輜輝輞"
    "輟輥輦輩輪輬輯輳輸輻輾輿轀轂轄轅轆轉轍轎轔轟轡轢轤辦辭辮辯農逕這連進遊運"
    "過達違遙遜遞遠適遲遷選遺遼邁還邇邊邏邐郟郵鄆鄉鄒鄔鄖鄧鄭鄰鄲鄴鄶鄺酇酈醃"
    "醜醞醟醫醬醱釀釁釃釅釋釐釒釓釔釕釗釘釙針釣釤釧釩釵釷釹釺釾鈀鈁鈃鈄鈈鈉鈍"
    "鈐鈑鈒鈔鈕鈞鈣鈥鈦鈧鈮鈰鈳鈴鈷鈸鈹鈺鈽鈾鈿鉀鉈鉉鉋鉍鉑鉕鉗鉚鉛鉞鉢鉤鉦鉬"
    "鉭鉶鉸鉺鉻鉿銀銃銅銍銑銓銖銘銚銛銜銠銣銥銦銨銩銪銫銬銱銳銷銻銼鋁鋃鋅鋇鋌"
    "鋏鋒鋙鋝鋟鋣鋤鋥鋦鋨鋩鋪鋮鋯鋰鋱鋶鋸鋼錁錄錆錇錈錏錐錒錕錘錙錚錛錟錠錡錢"
    "錦錨錩錫錮錯錳錸鍀鍁鍃鍆鍇鍈鍋鍍鍔鍘鍚鍛鍠鍤鍥鍩鍬鍰鍵鍶鍺鍾鎂鎄鎇鎊鎔鎖"
    "鎘鎛鎡鎢鎣鎦鎧鎩鎪鎬鎮鎰鎳鎵鎶鎿鏃鏈鏌鏍鏐鏑鏗鏘鏜鏝鏞鏟鏡鏢鏤鏨鏰鏵鏷鏹"
    "鏺鏽鐃鐋鐐鐒鐓鐔鐙鐠鐥鐦鐧鐨鐫鐮鐯鐲鐳鐵鐶鐸鐺鐿鑄鑊鑌鑑鑔鑕鑞鑠鑣鑥鑭鑰"
    "鑱鑲鑷鑹鑼鑽鑾鑿钁钂長門閂閃閆閈閉開閌閎閏閒間閔閘閡閣閥閨閩閫閬閭閱閶閹"
    "閻閼閽閾閿闃闈闊闋闌闍闐闒闓闔闕闖關闞闠闡闢闤闥陘陝陣陰陳陸陽隉隊階隕際"
    "隨險隯隱隴隸雋雖雙雛雜雞離難雲電霢霧霽靂靄靆靈靉靚靜靝靦靨鞏鞝鞽韃韉韋韌"
    "韍韓韙韜韝韞韻響頁頂頃項順頇須頊頌頎頏預頑頒頓頗領頜頡頤頦頭頮頰頲頴頷頸"
    "頹頻顆題額顏顒顓願顙顛類顢顥顧顫顬顯顰顱顳顴風颭颮颯颶颸颺颻颼飀飄飆飈飛"
    "飠飢飣飥飩飪飫飭飯飲飴飼飽飾飿餃餄餅餈餉養餌餎餏餑餒餓餕餖餘餚餛餜餞餡館"
    "餱餳餶餷餺餼餾餿饁饃饅饈饉饊饋饌饒饗饜饞饢馬馭馮馱馳馴馹駁駐駑駒駔駕駘駙"
    "駛駝駟駢駭駰駱駸駿騁騂騅騌騍騎騏騖騙騤騧騫騭騮騰騶騷騸騾驀驁驂驃驄驅驊驌"
    "驍驏驕驗驚驛驟驢驤驥驦驪驫骯髏髒體髕髖鬢鬥鬧鬩鬮鬱鬹魎魘魚魛魢魨魯魴魷魺"
    "鮁鮃鮊鮋鮍鮎鮐鮑鮒鮓鮚鮜鮞鮣鮦鮪鮫鮭鮮鮳鮶鮺鯀鯁鯇鯉鯊鯒鯔鯕鯖鯗鯛鯝鯡鯢"
    "鯤鯧鯨鯪鯫鯴鯷鯽鯿鰁鰂鰃鰆鰈鰉鰌鰍鰏鰒鰓鰜鰟鰠鰣鰥鰧鰨鰩鰭鰮鰱鰲鰳鰵鰷鰹"
    "鰺鰻鰼鰾鱂鱅鱈鱉鱒鱔鱖鱗鱘鱝鱟鱠鱣鱤鱧鱨鱭鱯鱷鱸鱺鳥鳧鳩鳲鳳鳴鳶鳾鴆鴇鴉"
    "鴒鴕鴛鴝鴞鴟鴣鴦鴨鴯鴰鴴鴷鴻鴿鵁鵂鵃鵐鵑鵒鵓鵜鵝鵠鵡鵪鵬鵮鵯鵲鵷鵾鶄鶇鶉"
    "鶊鶓鶖鶘鶚鶡鶥鶩鶪鶬鶯鶲鶴鶹鶺鶻鶼鷀鷁鷂鷉鷊鷓鷖鷗鷙鷚鷥鷦鷫鷯鷲鷳鷸鷹鷺"
    "鷽鸂鸇鸊鸌鸏鸕鸘鸚鸛鸝鸞鹹鹺鹼鹽麗麥麩麼黃黌點黨黲黴黶黷黽黿鼂鼉鼴齊齋齎"
    "齏齒齔齕齗齙齜齟齠齡齦齧齪齬齲齶齷龍龎龐龑龔龕龜鿁鿓么乾佈併侷係俬倖偽傢"
    "儁儘冑凈剋剷勛卹卽厠厤唸啟嘩噁噹嚐嚙嚥嚮囌垻埰塚塤墰墻壜奬姦媯嫻孃寀崑崙"
    "嵗廕弔彆彔彙彫彿慤慼慾懞抬挱捨捱捲摺擣敍敎旂旣昇曆曏朮枱枴柺査桿棊榘榦樑"
    "檯欅歎殭殻氂氾汎汙沖泝洩淒淩溈滙潀濕濛瀋瀰灕灧為燬獃琱璿産甦甯畵痠痺瘺癒"
    "癥盃盪眞眾睏睪矇硃碕禦稜穀穫竪箇簑簷簽粧糭糰紮絃絶綉綑綫綳綵緑緔緻緼縧縴"
    "繫纍纔缽罈罎翫脩臟舘艷菴菸著葯蒐蒓蓆蔔蔘蕓薑薹藴衊衕衚衞衹裊裡製複襇襬覈"
    "註証誌説謚謡謭譟譭讚賫贋贜踰踴蹟輓輼迴週遡醖醣釦鈅鈎鈡鉅鉆鉳銹鋭録錶錼鍅"
    "鍊鍼鎌鎚鎭鎲鎸鏇鐘鐝鑒閑閤閲闆闇陞隻霑鞦韁韆頽顎顔颱颳飱餬餵饑駡髮鬆鬍鬚"
    "鬨鮝鯰鰐鰛鳬鵰鶿鷄鷴鹵麪麫麯麴麵麽鼕齣"
)
SIMPLIFIED = (
    "㑔㑇㐹刾㘎㚯㛣㟆㤘㨫㧐擜䀥鿎䌶䌺䌻䌿䌾䍠䎬䙌䜧䞍䦂鿏䥾䦶䦷䯅鲃䲣䲝鳚鳤鹮"
    "丢并乱亘亚伫占来仑侣俣伣侠伡伥俩俫仓个们伦㑈伟㐽侧侦㐷杰伧伞备佣偬传伛债"
    "伤倾偻仅佥侨仆伪侥偾雇价仪侬亿侩俭傤傧俦侪偿优储俪㑩傩傥俨凶兑儿兖内两册"
    "幂冻凛凯别删刭则刹刬刚剥剐剀创划剧刘刽刿剑㓥剂㔉劲动务胜劳势勚劢勋励劝匀"
    "匦汇匮区协却厍厌厉厣参叁丛咤吴呐吕呙员呗问启哑唡㖞唤丧吃乔单哟呛啬唝吗呜"
    "唢哔叹喽啯呕啧尝唛唠啸叽哓呒啴嘘㖊咝哒哝哕嗳哙喷吨咛吓哜噜呖咙亸喾严嘤啭"
    "嗫嚣冁呓啰嘱囱囵国围园圆图团垭执坚垩垴埚尧报场块茔垲埘涂坞尘堑垫坠堕坟垯"
    "垦坛垱埙压垒圹垆坏垄垅坜坝塆壮壶壸寿够梦伙夹奂奥奁夺奋姹妆姗娱娄妇娅娲㛀"
    "媪妈袅妪妩娴婳妫媭娆婵娇嫱嫒嬷嫔婴婶㛤娈孙学孪宫寝实宁审写宽宠宝将专寻对"
    "导尴届尸屃屉屡层屦属冈峰岘岛峡崃岗峥岽岚㟥嵝崭岖嵚崂峤峣峄峃崄嵘岭屿岳岿"
    "峦巅岩巯卺帅师帐带帧帏㡎帼帻帜币帮帱干几库厕厢厩厦庼厨厮庙厂庑废广廪庐厅"
    "弑弪张强弹弥弯彟彦彨后径从徕复征彻恒耻悦悮怅闷凄恶恼恽恻爱惬悫怆恺忾栗态"
    "愠惨惭恸惯怄怂虑悭庆㥪忧惫怜凭愦慭惮愤悯怃宪忆恳应怿懔怼懑㤽恹惩懒怀悬忏"
    "惧慑恋戆戋戗戬战戯戏户抛捝挟扪扫抡㧏挜挣挂采拣扬换挥搄损摇捣揾抢掴掼搂挚"
    "抠抟掺捞挦撑挠㧑挢掸拨抚扑揿挞挝捡拥掳择击挡㧟担据挤拟摈拧搁掷扩撷摆擞撸"
    "㧰扰摅撵拢拦撄搀撺携摄攒挛摊搅揽敚败叙敌数敛毙敩斓斩断于时晋昼晕晖旸畅暂"
    "昵晔昙晓暧旷昽晒书会胧东栅栀枧条枭棁弃枨枣栋㭎栈栖梾桠㭏杨枫桢业极杩荣榅"
    "桤构枪杠梿椠椁椮桨椢椝桩乐枞楼标枢㭤样榝㭴桪朴树桦椫桡桥机椭横檩柽档桧槚"
    "检樯梼槟柠槛柜橹榈栉椟橼栎橱槠栌枥橥榇蘖栊榉樱栏权椤栾榄棂钦欧欤欢岁历归"
    "殁残殒殇㱮殚殓殡㱩歼杀壳毁殴毵毡氇气氢氩氲决没况汹浃泾涚凉泪渌净沦渊涞浅"
    "涣减沨涡测浑凑浈涌汤准沟温浉涢湿沧灭涤荥沪滞渗卤浒浐滚满渔溇沤汉涟渍涨溆"
    "渐浆颍泼洁沩㴋潜润浔溃滗涠涩浇涝沄涧渑泽滪泶浍淀㳠浊浓㳡泞溁浕济涛㳔滥潍"
    "滨溅泺滤澛滢渎㲿泻浏濒泸沥潇潆潴泷濑潋澜沣滠洒滩灏㳕湾滦滟灾乌烃无炼炜烟"
    "茕焕烦炀㶽煴荧炝热颎炽烨灯炖烧烫焖营灿烛烩㶶熏烬焘烁炉烂争为爷尔床墙牍牵"
    "荦牦犊牺状狭狈狰犹狲犸狱狮奖独狯猃狝狞㺍获猎犷兽獭献猕猡现珐珲玮玚琐瑶莹"
    "玛玱琏琎玑瑷珰㻅环玙瑸玺琼珑璎瓒瓯瓮产亩毕画异当畴叠痉疴痖疯疡痪瘗疮疟瘆"
    "疭瘘疗痨痫瘅疠瘪痴痒疖疬癞癣瘿瘾痈瘫癫发皂皑疱皲皱盗盏尽监盘卢眦睁睐眍䁖"
    "瞒瞆睑眬瞩矫硁硖砗砚硕砀砜确码䂵硙砖硵碜碛矶硗䃅硚硷础碍矿砺砾矾砻秘禄祸"
    "祯祎祃禅礼祢祷秃籼税秆䅉禀种称䅟稣积颖秾穑秽稳穞窝洼穷窑窎窭窥窜窍窦灶窃"
    "竞笔笋笕䇲笺筝节范筑箧筼筿笃筛筚箦篓箪简篑箫筜帘篮筹䉤箓篯箨籁笼签笾簖篱"
    "箩吁粤粽糁粪粮粝籴粜纟纠纪纣约红纡纥纨纫纹纳纽纾纯纰纼纱纮纸级纷纭纴纺䌷"
    "细绂绁绅纻绍绀绋绐绌终组䌹绊绗结绝绦绔绞络绚给绒绖统丝绛绢绑绡绠绨绤绥䌼"
    "经综缍绿绸绻绶维绹绾纲网缀纶绺绮绽绰绫绵绲缁紧绯绪绬缃缄缂线缉缎缔缗缘缌"
    "编缓縆缅纬缑缈练缏缇萦缙缢缒绉缣缊缞缚缜缟缛县缝缡缩纵缧䌸缦絷缕缥总绩绷"
    "缫缪缯织缮缭绕绣缋绳绘茧缰缳缲缴䍁绎继缤缱䍀颣缬纩续缠缨纤缵缆䓨罂罚骂罢"
    "罗罴羁芈群羟羡义膻习翚翘翙耧耢圣闻联聪声耸聩聂职聍听聋肃胁脉胫唇脱胀肾胨"
    "脶脑肿脚肠腽腘肤䏝胶腻胆脍脓脸脐膑腊胪脔臜卧临台与兴举旧舱舣舰舻艰刍苎兹"
    "荆庄茎荚苋华苌莱万荝莴叶荭荮苇荤莳蒀莅苍荪盖莲苁莼荜蒌蒋葱茑荫荨蒇荞荬莸"
    "荛蒉荡芜萧蓣蕰荟蓟芗蔷荙莶荐萨䓕苧䓓荠蓝荩艺药薮䓖苈蔼蔺萚蕲芦苏蕴苹藓蔹"
    "茏兰蓠萝蔂处虚虏号亏虬蛱蜕蚬蚀猬虾虱蜗蛳蚂萤䗖蝼螀蛰蝈螨虮蝉蛲虫蛏蚁蚃蝇"
    "虿蝎蛴蝾蚝蜡蛎蟏蛊蚕蛮众术卫冲衮里补装裈袆裤裢褛亵裥袯袄裣裆褴袜衬袭襕见"
    "觃规觅视觇觋觍觎亲觊觏觐觑觉览觌观觞觯触讠订讣计讯讧讨讦讱训讪讫托记讹讶"
    "讼䜣诀讷讻访设许诉诃诊诂诋讵诈诒诏评诐诇诎诅词咏诩询诣试诗诧诟诡诠诘话该"
    "详诜诙诖诔诛诓夸认诳诶诞诱诮语诚诫诬误诰诵诲说谁课谇诽谊訚调谄谆谈诿请诤"
    "诹诼谅论谂谀谍谞谝谥诨谔谛谐谏谕咨讳谙谌讽诸谚谖诺谋谒谓誊诌谎谜谧谑谡谤"
    "谦讲谢谣谟谪谬讴谨谩哗证谲讥谮识谯谭谱谵译议谴护诪誉谫读谉变詟䜩雠谗让谰"
    "谶谠谳岂竖丰艳猪豮猫䝙贝贞贠负财贡贫货贩贪贯责贮贳赀贰贵贬买贷贶费贴贻贸"
    "贺贲赂赁贿赅资贾贼赈赊宾赇赒赉赐赏赔赓贤卖贱赋赕质账赌䞐赖赗赚赙购赛赜贽"
    "赘赟赠赞赡赢赆赃赑赎赝赣赪赶赵趋趱迹践跄跸跖蹒踪跷跶趸踌跻跃䟢踯跞踬蹰跹"
    "蹑蹿躜躏躯车轧轨军轪轩轫轭软轷轸轱轴轵轺轲轶轼较辂辁辀载轾辄辅轻辆辎辉辋"
    "辍辊辇辈轮辌辑辏输辐辗舆辒毂辖辕辘转辙轿辚轰辔轹轳办辞辫辩农迳这连进游运"
    "过达违遥逊递远适迟迁选遗辽迈还迩边逻逦郏邮郓乡邹邬郧邓郑邻郸邺郐邝酂郦腌"
    "丑酝蒏医酱酦酿衅酾酽释厘钅钆钇钌钊钉钋针钓钐钏钒钗钍钕钎䥺钯钫钘钭钚钠钝"
    "钤钣钑钞钮钧钙钬钛钪铌铈钶铃钴钹铍钰钸铀钿钾铊铉铇铋铂钷钳铆铅钺钵钩钲钼"
    "钽铏铰铒铬铪银铳铜铚铣铨铢铭铫铦衔铑铷铱铟铵铥铕铯铐铞锐销锑锉铝锒锌钡铤"
    "铗锋铻锊锓铘锄锃锔锇铓铺铖锆锂铽锍锯钢锞录锖锫锩铔锥锕锟锤锱铮锛锬锭锜钱"
    "锦锚锠锡锢错锰铼锝锨锪钔锴锳锅镀锷铡钖锻锽锸锲锘锹锾键锶锗钟镁锿镅镑镕锁"
    "镉镈镃钨蓥镏铠铩锼镐镇镒镍镓鿔镎镞链镆镙镠镝铿锵镗镘镛铲镜镖镂錾镚铧镤镪"
    "䥽锈铙铴镣铹镦镡镫镨䦅锎锏镄镌镰䦃镯镭铁镮铎铛镱铸镬镔鉴镲锧镴铄镳镥镧钥"
    "镵镶镊镩锣钻銮凿镢镋长门闩闪闫闬闭开闶闳闰闲间闵闸阂阁阀闺闽阃阆闾阅阊阉"
    "阎阏阍阈阌阒闱阔阕阑阇阗阘闿阖阙闯关阚阓阐辟阛闼陉陕阵阴陈陆阳陧队阶陨际"
    "随险陦隐陇隶隽虽双雏杂鸡离难云电霡雾霁雳霭叇灵叆靓静靔腼靥巩绱鞒鞑鞯韦韧"
    "韨韩韪韬鞲韫韵响页顶顷项顺顸须顼颂颀颃预顽颁顿颇领颌颉颐颏头颒颊颋颕颔颈"
    "颓频颗题额颜颙颛愿颡颠类颟颢顾颤颥显颦颅颞颧风飐飑飒飓飔飏飖飕飗飘飙飚飞"
    "饣饥饤饦饨饪饫饬饭饮饴饲饱饰饳饺饸饼糍饷养饵饹饻饽馁饿馂饾余肴馄馃饯馅馆"
    "糇饧馉馇馎饩馏馊馌馍馒馐馑馓馈馔饶飨餍馋馕马驭冯驮驰驯驲驳驻驽驹驵驾骀驸"
    "驶驼驷骈骇骃骆骎骏骋骍骓骔骒骑骐骛骗骙䯄骞骘骝腾驺骚骟骡蓦骜骖骠骢驱骅骕"
    "骁骣骄验惊驿骤驴骧骥骦骊骉肮髅脏体髌髋鬓斗闹阋阄郁鬶魉魇鱼鱽鱾鲀鲁鲂鱿鲄"
    "鲅鲆鲌鲉鲏鲇鲐鲍鲋鲊鲒鲘鲕䲟鲖鲔鲛鲑鲜鲓鲪鲝鲧鲠鲩鲤鲨鲬鲻鲯鲭鲞鲷鲴鲱鲵"
    "鲲鲳鲸鲮鲰鲺鳀鲫鳊鳈鲗鳂䲠鲽鳇䲡鳅鲾鳆鳃鳒鳑鳋鲥鳏䲢鳎鳐鳍鳁鲢鳌鳓鳘鲦鲣"
    "鲹鳗鳛鳔鳉鳙鳕鳖鳟鳝鳜鳞鲟鲼鲎鲙鳣鳡鳢鲿鲚鳠鳄鲈鲡鸟凫鸠鸤凤鸣鸢䴓鸩鸨鸦"
    "鸰鸵鸳鸲鸮鸱鸪鸯鸭鸸鸹鸻䴕鸿鸽䴔鸺鸼鹀鹃鹆鹁鹈鹅鹄鹉鹌鹏鹐鹎鹊鹓鹍䴖鸫鹑"
    "鹒鹋鹙鹕鹗鹖鹛鹜䴗鸧莺鹟鹤鹠鹡鹘鹣鹚鹢鹞䴘鹝鹧鹥鸥鸷鹨鸶鹪鹔鹩鹫鹇鹬鹰鹭"
    "鸴㶉鹯䴙鹱鹲鸬鹴鹦鹳鹂鸾咸鹾碱盐丽麦麸么黄黉点党黪霉黡黩黾鼋鼌鼍鼹齐斋赍"
    "齑齿龀龁龂龅龇龃龆龄龈啮龊龉龋腭龌龙厐庞䶮龚龛龟䜤鿒幺干布并局系私幸伪家"
    "俊尽胄净克铲勋恤即厕历念启哗恶当尝啮咽向苏坝采冢埙坛墙坛奖奸妫娴娘采昆仑"
    "岁荫吊别录汇雕佛悫戚欲蒙擡挲舍挨卷折捣叙教旗既升历向术台拐拐查杆棋矩干梁"
    "台榉叹僵壳牦泛泛污冲溯泄凄凌沩汇潨湿蒙沈弥漓滟为毁呆雕璇产苏宁画酸痹瘘愈"
    "症杯荡真众困睾蒙朱埼御棱谷获竖个蓑檐签妆粽团扎弦绝绣捆线绷彩绿绱致缊绦纤"
    "系累才钵坛坛玩修脏馆艳庵烟着药搜莼席卜参芸姜苔蕴蔑同胡卫只袅里制复裥摆核"
    "注证志说谥谣谫噪毁赞赍赝赃逾踊迹挽辒回周溯酝糖扣钥钩钟巨钻锫锈锐录表镎钫"
    "炼针镰锤镇镋镌旋钟镢鉴闲合阅板暗升只沾秋缰千颓腭颜台刮飧糊喂饥骂发松胡须"
    "哄鲞鲇鳄鳁凫雕鹚鸡鹇卤面面曲曲面么冬出"
)
WRITTEN_IN_SIMPLIFIED_TOO = "夥徵於苧么乾剋抬敍枱潀痺睪簷粧糭緼著薹藴衞輼醖麽"
FREQUENT = (
    "並亞佈來係個們倫備傳傷僅價億儘優內兩別則剛創劃動務勢匯區協參員問單嚴國圖"
    "團執堅報場壓壞夠奧學宮實審寫將專尋對導層屬峯島峽帶幣幫幾庫廣張強彈後從復"
    "態應戰戶採揮損擁擊擔據擴擾數斷時書會東條業極構樓標樣機檢權歐歷氣決沒況減"
    "測準漲澤濟灣烏無營爭爲爾牀狀獲現產當發監盧確礎祕稅種稱積穩競簽籲紀約納紐"
    "級終組結絕絡給統經維網緊線總織繼續羅義習聞聯聲職聽脅臨臺與舉茲華萊萬薩藥"
    "蘇蘭處號衆術衛衝裏補裝製襲見規視觀觸計討記訪設許訴評詢試話該認說調談請論"
    "諾謀謝證議護變讓貝負財責費貿資質賴購賽車軍輪輸轉辦這連週進運過達違遠選還"
    "邊鄭醫釋針銷錄錢鍵鎮鏈長門開間關隊際隨險隻雙離難電響項須預頓領頭題額類顯"
    "風館馬駐驗體魯麗麥黃點黨"
)
# END TABLE
# The characters only traditional Chinese writes: the table's, less those simplified text may
# write too (`於`, `乾`, `著`), in the table's order.
TRADITIONAL_ONLY = TRADITIONAL
for _char in WRITTEN_IN_SIMPLIFIED_TOO:
    TRADITIONAL_ONLY = TRADITIONAL_ONLY.replace(_char, "")  # (24 of them: a few microseconds)

# Taiwan's and Hong Kong's quotation marks, read as the marks simplified text uses.
_CORNER_MARKS = "「」『』"
_CURLY_MARKS = "“”‘’"

# Frequent characters only traditional Chinese writes (`們個這說為國會`, `FREQUENT`): a text
# holds some of them if it is written in traditional characters at all (each paragraph of the
# development folders put into traditional characters does). A text without any is taken as
# it is, at the cost of a search of a short class; one with some has each paragraph tested
# for all of `TRADITIONAL_ONLY` (a class of thousands, compiled only then).
_FREQUENT = lazy("[" + FREQUENT + "]")
_ONLY = lazy("[" + TRADITIONAL_ONLY + "]")
_table: dict[int, str] | None = None


def is_traditional(text: str) -> bool:
    """Whether `text` holds a character only traditional Chinese writes."""
    return not text.isascii() and _ONLY.search(text) is not None


def traditional_count(text: str) -> int:
    """How many of `text`'s characters only traditional Chinese writes."""
    return 0 if text.isascii() else len(_ONLY.findall(text))


def to_simplified(text: str) -> str:
    """`text` with each traditional character in its simplified form, and corner quotation
    marks as curly ones (`「」` as `“”`, `『』` as `‘’`): the same length."""
    global _table
    if _table is None:
        _table = {ord(old): new for old, new in zip(TRADITIONAL, SIMPLIFIED, strict=True)}
        _table.update((ord(old), new) for old, new in zip(_CORNER_MARKS, _CURLY_MARKS, strict=True))
    return text.translate(_table)


def reading_copies(texts: Sequence[str]) -> list[str] | None:
    """Each of `texts` as the rules read it (those without a traditional-only character as
    they are), or None when none holds a frequent one (`_FREQUENT`)."""
    for text in texts:
        # (Chinese punctuation first: a text in Latin letters holds none, and a string of
        # Latin-1 letters is not even searched for it, so only Chinese is searched through)
        if (
            not text.isascii()
            and ("，" in text or "。" in text)
            and _FREQUENT.search(text) is not None
        ):
            break
    else:
        return None
    copies = list(texts)
    for index, text in enumerate(texts):
        if is_traditional(text):
            copies[index] = to_simplified(text)
    return copies


# How far back from an annotation's paragraph a string is sought (characters of the copies):
# a name is read where it is written or a little before; a string made of pieces (a label) or
# named far back is put back a character at a time. (A search of the whole text for each of
# thousands of strings would take time in the square of a long text's length.)
_REACH = 100_000


class Restorer:
    """Puts strings read from the copies back into the text's own characters: the same span
    of the original as the nearest place the string stands in the copies, in the annotation's
    paragraph or the ones before it (`_REACH`); a string the rules made (`死亡人数`, a label
    of words from several places) a character at a time, each as the text writes it (the one
    traditional character it holds for it, or the character itself where the text writes it
    so), else as OpenCC writes it first. Each string is put back once."""

    def __init__(self, originals: Sequence[str], copies: Sequence[str]) -> None:
        self._originals = originals
        self._copies = copies
        self._done: dict[str, str] = {}
        self._characters: dict[int, str] | None = None
        self.searched = 0  # characters of the copies looked through (for the tests)

    def __call__(self, text: str, near: int | None = None) -> str:
        """`text` in the text's characters; `near`, the number of the paragraph it was read
        for (else the last)."""
        if text.isascii() or not text:
            return text
        restored = self._done.get(text)
        if restored is None:
            restored = self._nearest(text, len(self._copies) - 1 if near is None else near)
            if restored is None:
                restored = text.translate(self._each_character())
            self._done[text] = restored
        return restored

    def _nearest(self, text: str, near: int) -> str | None:
        reach = _REACH
        for number in range(min(near, len(self._copies) - 1), -1, -1):
            copy = self._copies[number]
            self.searched += len(copy)
            at = copy.find(text)
            if at >= 0:
                return self._originals[number][at : at + len(text)]
            reach -= len(copy)
            if reach <= 0:
                break
        return None

    def _each_character(self) -> dict[int, str]:
        """Each simplified character (as a code) and the traditional one it is put back into."""
        if self._characters is None:
            to_simplified("")  # (the table made)
            assert _table is not None
            written = set().union(*map(set, self._originals))
            text_writes: dict[str, set[str]] = {}
            for char in written:
                simple = _table.get(ord(char))
                if simple is not None:
                    text_writes.setdefault(simple, set()).add(char)
            characters = {
                ord(new): old
                for old, new in reversed(list(zip(TRADITIONAL, SIMPLIFIED, strict=True)))
            }
            for simple, olds in text_writes.items():
                if len(olds) == 1 and simple not in written:
                    characters[ord(simple)] = next(iter(olds))
            for char in written:
                characters.pop(ord(char), None)  # (written so in the text itself: kept)
            self._characters = characters
        return self._characters

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name />
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="22" />
            <source>BrowserModel</source>
            <comment>Question</comment>
            <translation>題目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="23" />
            <source>BrowserModel</source>
            <comment>Answer</comment>
            <translation>答案</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="23" />
            <source>BrowserModel</source>
            <comment>Section</comment>
            <translation>章節</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="24" />
            <source>BrowserModel</source>
            <comment>Difficulty</comment>
            <translation>難度</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="24" />
            <source>BrowserModel</source>
            <comment>Status</comment>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="25" />
            <source>BrowserModel</source>
            <comment>Times asked</comment>
            <translation>作答次數</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="25" />
            <source>BrowserModel</source>
            <comment>% correct</comment>
            <translation>答對率</translation>
        </message>
    </context>
    <context>
        <name>AnswerFields</name>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="143" />
            <source>Add item</source>
            <translation>新增項目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="143" />
            <source>Add pair</source>
            <translation>新增配對</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="144" />
            <source>Add accepted answer</source>
            <translation>新增可接受的答案</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="145" />
            <source>Add option</source>
            <translation>新增選項</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="147" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="147" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="149" />
            <source>Left</source>
            <translation>左欄</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="149" />
            <source>Matches</source>
            <translation>對應項</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="153" />
            <source>True (對)</source>
            <translation>正確 (對)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="154" />
            <source>False (錯)</source>
            <translation>錯誤 (錯)</translation>
        </message>
    </context>
    <context>
        <name>BrowserModel</name>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="185" />
            <source>(lead)</source>
            <translation>（導言）</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>題型</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>題目</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>章節</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>難度</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Times asked</source>
            <translation>作答次數</translation>
        </message>
        <message>
            <source>% correct</source>
            <translation>答對率</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="72" />
            <source>Import preview</source>
            <translation>匯入預覽</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="76" />
            <source>%1 questions will be imported, all or none.</source>
            <translation>將匯入 %1 道題目：要嘛全部匯入，要嘛全部不匯入。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="79" />
            <source>Left out or changed:</source>
            <translation>被略過或被修改的內容：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="82" />
            <source>Validation: every question is valid.</source>
            <translation>驗證：所有題目皆有效。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="88" />
            <source>New bank &amp;name:</source>
            <translation>新題庫名稱(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="90" />
            <source>&amp;Import</source>
            <translation>匯入(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="16" />
            <source>Teacher mode</source>
            <translation>教師模式</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="17" />
            <source>Choose a teacher PIN (at least %1 characters). Students cannot open the teacher tools without it.</source>
            <translation>請設定教師 PIN 碼（至少 %1 個字元）。沒有 PIN 碼，學生無法開啟教師工具。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="19" />
            <source>Enter the teacher PIN.</source>
            <translation>請輸入教師 PIN 碼。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="28" />
            <source>&amp;PIN:</source>
            <translation>PIN 碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="30" />
            <source>PIN &amp;again:</source>
            <translation>再次輸入 PIN 碼(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="44" />
            <source>The two PINs differ.</source>
            <translation>兩次輸入的 PIN 碼不一致。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="52" />
            <source>Wrong PIN.</source>
            <translation>PIN 碼錯誤。</translation>
        </message>
    </context>
    <context>
        <name>PrintOptions</name>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="106" />
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="113" />
            <source>the %1 selected questions</source>
            <translation>選取的 %1 道題目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="114" />
            <source>the first questions of the list</source>
            <translation>清單中排在前面的題目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="121" />
            <source>&amp;Script:</source>
            <translation>字體(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="122" />
            <source>&amp;Questions:</source>
            <translation>題目(&amp;Q)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="123" />
            <source>&amp;How many:</source>
            <translation>數量(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="124" />
            <source>The PDF is written to the file you choose next.</source>
            <translation>接下來請選擇要儲存 PDF 的檔案。</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="22" />
            <source>BrowserModel</source>
            <comment>Type</comment>
            <translation>題型</translation>
        </message>
    </context>
    <context>
        <name>QuestionBrowser</name>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="135" />
            <location filename="../../quizapp/gui/teacher/browser.py" line="264" />
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="140" />
            <source>(lead)</source>
            <translation>（導言）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="166" />
            <source>Approve %n question(s)</source>
            <translation>
                <numerusform>核准 %n 道題目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="172" />
            <source>Flag %n question(s)</source>
            <translation>
                <numerusform>標記 %n 道題目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="178" />
            <source>Tag %n question(s)</source>
            <translation>
                <numerusform>為 %n 道題目加標籤</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="184" />
            <source>Move %n question(s)</source>
            <translation>
                <numerusform>移動 %n 道題目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="190" />
            <source>Delete %n question(s)</source>
            <translation>
                <numerusform>刪除 %n 道題目</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="201" />
            <source>Cannot change the questions</source>
            <translation>無法修改題目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="209" />
            <source>Flag questions</source>
            <translation>標記題目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="209" />
            <source>Why do they need checking?</source>
            <translation>這些題目為什麼需要檢查？</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="214" />
            <source>Tag questions</source>
            <translation>為題目加標籤</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="215" />
            <source>Tags to add, separated by commas (-tag removes one):</source>
            <translation>要新增的標籤，以逗號分隔（寫成 -標籤 則移除該標籤）：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="228" />
            <location filename="../../quizapp/gui/teacher/browser.py" line="230" />
            <source>Move questions</source>
            <translation>移動題目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="228" />
            <source>There is no other bank to move to.</source>
            <translation>沒有其他題庫可以移入。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="230" />
            <source>Move to bank:</source>
            <translation>移至題庫：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="237" />
            <source>Delete questions</source>
            <translation>刪除題目</translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="238" />
            <source>Delete %n question(s)? Edit › Undo brings them back.</source>
            <translation>
                <numerusform>要刪除 %n 道題目嗎？可以用「編輯 › 復原」還原。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="249" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n 道題目</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="257" />
            <source>&amp;Search:</source>
            <translation>搜尋(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="258" />
            <source>either script</source>
            <translation>简体或繁體均可</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="259" />
            <source>&amp;Type:</source>
            <translation>題型(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="260" />
            <source>S&amp;tatus:</source>
            <translation>狀態(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="261" />
            <source>Se&amp;ction:</source>
            <translation>章節(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="262" />
            <source>T&amp;ag:</source>
            <translation>標籤(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="265" />
            <source>&amp;Edit…</source>
            <translation>編輯(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="266" />
            <source>A&amp;pprove</source>
            <translation>核准(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="267" />
            <source>&amp;Flag…</source>
            <translation>標記(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="268" />
            <source>Ta&amp;g…</source>
            <translation>加標籤(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="269" />
            <source>&amp;Move…</source>
            <translation>移動(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="270" />
            <source>&amp;Delete</source>
            <translation>刪除(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="152" />
            <source>Type:</source>
            <translation>題型：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="153" />
            <source>&amp;Question:</source>
            <translation>題目(&amp;Q)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="154" />
            <source>Answer:</source>
            <translation>答案：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="155" />
            <source>E&amp;xplanation:</source>
            <translation>解析(&amp;X)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="156" />
            <source>English &amp;gloss:</source>
            <translation>英文釋義(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="157" />
            <source>&amp;Difficulty:</source>
            <translation>難度(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="158" />
            <source>T&amp;ags:</source>
            <translation>標籤(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="159" />
            <source>Source:</source>
            <translation>出處：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="170" />
            <source>Use the &amp;selected passage as the source</source>
            <translation>將選取的段落作為出處(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="185" />
            <source>What students see:</source>
            <translation>學生看到的內容：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="203" />
            <location filename="../../quizapp/gui/teacher/editor.py" line="271" />
            <source>Edit question</source>
            <translation>編輯題目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="203" />
            <location filename="../../quizapp/gui/teacher/editor.py" line="276" />
            <source>New question</source>
            <translation>新增題目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="237" />
            <source>Select the passage in the article on the right, then use it.</source>
            <translation>請在右側的原文中選取段落，然後使用它。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="254" />
            <source>No passage selected</source>
            <translation>未選取段落</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="255" />
            <source>Select the words of the article that prove the answer first.</source>
            <translation>請先在原文中選取能證明答案的文字。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="281" />
            <source>Cannot save the question</source>
            <translation>無法儲存題目</translation>
        </message>
    </context>
    <context>
        <name>RowList</name>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="62" />
            <source>correct</source>
            <translation>正確</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="67" />
            <source>Remove row %1</source>
            <translation>刪除第 %1 列</translation>
        </message>
    </context>
    <context>
        <name>StatsView</name>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="85" />
            <source>may be broken</source>
            <translation>可能有問題</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="89" />
            <source>(no answer)</source>
            <translation>（未作答）</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="101" />
            <source>%1 questions answered at least once; %2 may be broken (at least 5 answers and under 25 % right).</source>
            <translation>%1 道題目至少被作答過一次；%2 道可能有問題（至少 5 次作答且答對率低於 25%）。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="114" />
            <source>(lead)</source>
            <translation>（導言）</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="116" />
            <source>%1: right answers by section</source>
            <translation>%1：各章節的答對情況</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="119" />
            <source>Question</source>
            <translation>題目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="119" />
            <source>Type</source>
            <translation>題型</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="119" />
            <source>Times asked</source>
            <translation>作答次數</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="120" />
            <source>% correct</source>
            <translation>答對率</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="120" />
            <source>Most chosen wrong answer</source>
            <translation>最常選的錯誤答案</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="121" />
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="129" />
            <source>&amp;Student:</source>
            <translation>學生(&amp;S)：</translation>
        </message>
    </context>
    <context>
        <name>TeacherWindow</name>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="130" />
            <source>quizapp — teacher</source>
            <translation>quizapp — 教師工具</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="131" />
            <source>&amp;Questions</source>
            <translation>題目(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="132" />
            <source>Class &amp;statistics</source>
            <translation>班級統計(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="133" />
            <source>&amp;Bank</source>
            <translation>題庫(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="134" />
            <source>&amp;New empty bank…</source>
            <translation>新增空白題庫(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="135" />
            <source>&amp;Generate from an article…</source>
            <translation>從條目產生(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="136" />
            <source>&amp;Regenerate (keeps approved and edited)</source>
            <translation>重新產生(&amp;R)（保留已核准和已編輯的題目）</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="137" />
            <source>Re&amp;name…</source>
            <translation>重新命名(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="138" />
            <source>&amp;Duplicate…</source>
            <translation>建立副本(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="139" />
            <source>&amp;Merge selected banks…</source>
            <translation>合併選取的題庫(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="140" />
            <source>De&amp;lete bank…</source>
            <translation>刪除題庫(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="141" />
            <source>&amp;Import…</source>
            <translation>匯入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="142" />
            <source>&amp;Export…</source>
            <translation>匯出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="143" />
            <source>&amp;Print quiz…</source>
            <translation>列印測驗(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="144" />
            <source>Print &amp;answer key…</source>
            <translation>列印解答(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="145" />
            <source>Read the bank's &amp;article</source>
            <translation>閱讀題庫的原文(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="146" />
            <source>&amp;Lock (back to student mode)</source>
            <translation>鎖定(&amp;L)（返回學生模式）</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="147" />
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="148" />
            <source>New &amp;question…</source>
            <translation>新增題目(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="203" />
            <source>Bank name:</source>
            <translation>題庫名稱：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="217" />
            <location filename="../../quizapp/gui/teacher/window.py" line="218" />
            <source>New bank</source>
            <translation>新增題庫</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="225" />
            <location filename="../../quizapp/gui/teacher/window.py" line="226" />
            <source>Rename bank</source>
            <translation>重新命名題庫</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="233" />
            <location filename="../../quizapp/gui/teacher/window.py" line="234" />
            <source>Duplicate bank</source>
            <translation>建立題庫副本</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="244" />
            <location filename="../../quizapp/gui/teacher/window.py" line="249" />
            <location filename="../../quizapp/gui/teacher/window.py" line="251" />
            <source>Delete bank</source>
            <translation>刪除題庫</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="245" />
            <source>Delete the bank %1 and its answer history? Edit › Undo brings the bank back while this window stays open.</source>
            <translation>要刪除題庫 %1 及其作答記錄嗎？在此視窗關閉之前，可以用「編輯 › 復原」還原該題庫。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="258" />
            <location filename="../../quizapp/gui/teacher/window.py" line="260" />
            <location filename="../../quizapp/gui/teacher/window.py" line="262" />
            <source>Merge banks</source>
            <translation>合併題庫</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="258" />
            <source>Select two or more banks (Ctrl+click).</source>
            <translation>請選取兩個以上的題庫（按住 Ctrl 點按）。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="276" />
            <source>Generate from an article</source>
            <translation>從條目產生</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="277" />
            <source>Articles (*.md)</source>
            <translation>條目 (*.md)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="279" />
            <source>Generating questions…</source>
            <translation>正在產生題目…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="289" />
            <source>Regenerated: %1 kept, %2 updated, %3 new, %4 removed.</source>
            <translation>已重新產生：保留 %1 道，更新 %2 道，新增 %3 道，刪除 %4 道。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="293" />
            <source>Regenerating…</source>
            <translation>正在重新產生…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="301" />
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="302" />
            <source>Question files (*.json *.gift *.txt *.xml *.csv)</source>
            <translation>題目檔案 (*.json *.gift *.txt *.xml *.csv)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="304" />
            <source>Reading %1…</source>
            <translation>正在讀取 %1…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="319" />
            <source>Importing…</source>
            <translation>正在匯入…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="329" />
            <location filename="../../quizapp/gui/teacher/window.py" line="336" />
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="329" />
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="338" />
            <source>Exporting…</source>
            <translation>正在匯出…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="341" />
            <source>Exported %1 questions to %2</source>
            <translation>已將 %1 道題目匯出至 %2</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="373" />
            <source>New question</source>
            <translation>新增題目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="373" />
            <source>Type:</source>
            <translation>題型：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="388" />
            <source>Read the article</source>
            <translation>閱讀原文</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="388" />
            <source>This bank has no stored article.</source>
            <translation>這個題庫沒有儲存原文。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="421" />
            <location filename="../../quizapp/gui/teacher/window.py" line="429" />
            <source>Print to PDF</source>
            <translation>列印為 PDF</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="422" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="431" />
            <source>Wrote %1 (%2 pages)</source>
            <translation>已寫入 %1（共 %2 頁）</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="35" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
<context>
    <name>QuestionStatus</name>
    <message>
        <source>generated</source>
        <translation>自動生成</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已標記</translation>
    </message>
</context>
</TS>

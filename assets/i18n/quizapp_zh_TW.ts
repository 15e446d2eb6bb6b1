<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="27" />
        <source>About quizapp</source>
        <translation>關於 quizapp</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="28" />
        <source>&lt;b&gt;quizapp&lt;/b&gt; %1&lt;br&gt;Quizzes from a Chinese history article.</source>
        <translation>&lt;b&gt;quizapp&lt;/b&gt; %1&lt;br&gt;根據中文歷史條目產生的測驗。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="29" />
        <source>The article texts are by Wikipedia contributors, under the CC BY-SA licence.</source>
        <translation>原文由維基百科貢獻者撰寫，採用 CC BY-SA 授權條款。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="35" />
        <source>Source articles: attribution and licence</source>
        <translation>來源條目：署名與授權條款</translation>
    </message>
</context>
<context>
    <name>Difficulty</name>
    <message>
        <location filename="../../quizapp/gui/names.py" line="28" />
        <source>Easy</source>
        <translation>簡單</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/names.py" line="29" />
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/names.py" line="30" />
        <source>Hard</source>
        <translation>困難</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="14" />
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="19" />
        <source>True</source>
        <translation>正確</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="19" />
        <source>False</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="73" />
        <source>Correct</source>
        <translation>答對了</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="75" />
        <source>Wrong</source>
        <translation>答錯了</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="76" />
        <source>Answer: %1</source>
        <translation>正確答案：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="84" />
        <source>Show in source</source>
        <translation>在原文中檢視</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../quizapp/gui/home.py" line="299" />
        <source>quizapp</source>
        <translation>quizapp 歷史測驗</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="300" />
        <source>Quizzes on the history of Outer Mongolia's independence, from the Chinese Wikipedia article.</source>
        <translation>關於外蒙古獨立歷史的測驗，題目出自中文維基百科條目。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="301" />
        <source>S&amp;tudent:</source>
        <translation>學生(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="301" />
        <source>Question &amp;bank:</source>
        <translation>題庫(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="301" />
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="302" />
        <source>&amp;Questions:</source>
        <translation>題目數量(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="301" />
        <source>T&amp;ime limit:</source>
        <translation>時間限制(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="232" />
        <location filename="../../quizapp/gui/home.py" line="236" />
        <source>Introduction</source>
        <translation>導言</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="249" />
        <source>Type your name above: your answers and reviews are kept under it.</source>
        <translation>請在上方輸入你的名字：你的作答記錄和複習都保存在這個名字下。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="251" />
        <source>Reviews due on this bank: %1</source>
        <translation>本題庫待複習：%1 題</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="253" />
        <source>No reviews due on this bank. Questions you miss come back here for review.</source>
        <translation>本題庫暫無待複習的題目。答錯的題目會回到這裡供你複習。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="254" />
        <source>Re&amp;view (%1)</source>
        <translation>複習(&amp;V) (%1)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="259" />
        <source>You have an unfinished quiz on this bank (%1 of %2 answered).</source>
        <translation>你在本題庫有一次未完成的測驗（已答 %1 / %2 題）。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="261" />
        <source>Resu&amp;me it</source>
        <translation>繼續作答(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="262" />
        <source>Resume the unfinished quiz</source>
        <translation>繼續未完成的測驗</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="302" />
        <source>&amp;Difficulty:</source>
        <translation>難度(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="302" />
        <source>T&amp;ypes:</source>
        <translation>題型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="305" />
        <source>Quiz setup</source>
        <translation>測驗設定</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="306" />
        <source>Sections</source>
        <translation>章節</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="307" />
        <source>&amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="308" />
        <source>&amp;None</source>
        <translation>全不選(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="309" />
        <source>Sections to quiz on</source>
        <translation>要測驗的章節</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="310" />
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="311" />
        <source>Student profile</source>
        <translation>學生檔案</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="312" />
        <source>Question bank</source>
        <translation>題庫</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="313" />
        <source>&amp;Practice (feedback after each answer)</source>
        <translation>練習(&amp;P)（每題作答後顯示結果）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="314" />
        <source>&amp;Exam (feedback at the end)</source>
        <translation>考試(&amp;E)（結束後顯示結果）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="315" />
        <source>Number of questions</source>
        <translation>題目數量</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="316" />
        <source>S&amp;huffle</source>
        <translation>隨機順序(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="317" />
        <source>none</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="318" />
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="319" />
        <source>Exam time limit in minutes</source>
        <translation>考試時間限制（分鐘）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="329" />
        <source>Time&amp;line</source>
        <translation>時間軸(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="330" />
        <source>Timeline of the article's events</source>
        <translation>條目中事件的時間軸</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="324" />
        <source>&amp;Start quiz</source>
        <translation>開始測驗(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="325" />
        <source>Start quiz</source>
        <translation>開始測驗</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="326" />
        <source>Review the questions due</source>
        <translation>複習到期的題目</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="327" />
        <source>&amp;Read the article</source>
        <translation>閱讀原文(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="328" />
        <source>Read the article</source>
        <translation>閱讀原文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="121" />
        <source>quizapp</source>
        <translation>quizapp 歷史測驗</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="122" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="123" />
        <source>&amp;Open bank file…</source>
        <translation>開啟題庫檔案(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="124" />
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="125" />
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="126" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="127" />
        <source>&amp;Script</source>
        <translation>字體(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="128" />
        <source>&amp;Language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="129" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="130" />
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="131" />
        <source>&amp;Actual size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="132" />
        <source>&amp;Read the article</source>
        <translation>閱讀原文(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="133" />
        <source>&amp;Timeline</source>
        <translation>時間軸(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="134" />
        <source>T&amp;eacher</source>
        <translation>教師(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="135" />
        <source>&amp;Teacher tools…</source>
        <translation>教師工具(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="136" />
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="137" />
        <source>&amp;About quizapp</source>
        <translation>關於 quizapp(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="144" />
        <source>Opening your answers…</source>
        <translation>正在開啟你的作答記錄…</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="153" />
        <source>Answers are not saved: %1</source>
        <translation>答案不會被儲存：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="183" />
        <source>Open bank file</source>
        <translation>開啟題庫檔案</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="183" />
        <source>Bank files (*.json)</source>
        <translation>題庫檔案 (*.json)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="191" />
        <source>Cannot open bank</source>
        <translation>無法開啟題庫</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="209" />
        <source>Teacher tools</source>
        <translation>教師工具</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="210" />
        <source>The database cannot be opened: %1</source>
        <translation>無法開啟資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="232" />
        <location filename="../../quizapp/gui/main_window.py" line="281" />
        <location filename="../../quizapp/gui/main_window.py" line="296" />
        <location filename="../../quizapp/gui/main_window.py" line="357" />
        <source>Cannot start the quiz</source>
        <translation>無法開始測驗</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="240" />
        <location filename="../../quizapp/gui/main_window.py" line="360" />
        <source>No questions</source>
        <translation>沒有題目</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="241" />
        <source>No question of this bank matches the quiz setup.</source>
        <translation>本題庫中沒有符合測驗設定的題目。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="263" />
        <source>Cannot start the review</source>
        <translation>無法開始複習</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="302" />
        <source>You have an unfinished quiz on this bank (%1 of %2 answered). Resume it?</source>
        <translation>你在這個題庫中有一次未完成的測驗（已答 %1 題，共 %2 題）。要繼續嗎？</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="304" />
        <source>Resume quiz</source>
        <translation>繼續測驗</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="310" />
        <source>Could not save an answer: %1</source>
        <translation>無法儲存答案：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="336" />
        <source>Cannot open the timeline</source>
        <translation>無法開啟時間軸</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="361" />
        <source>No question of this bank is about events of this period.</source>
        <translation>本題庫中沒有關於這一時期事件的題目。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="376" />
        <source>Cannot open the article</source>
        <translation>無法開啟原文</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../quizapp/gui/quiz/matching.py" line="146" />
        <source>— choose —</source>
        <translation>— 請選擇 —</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/matching.py" line="147" />
        <source>Drag an answer onto a row, or choose it in the list on that row</source>
        <translation>把答案拖到對應的一列，或在該列的清單中選擇</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/matching.py" line="148" />
        <source>Answers to match</source>
        <translation>待配對的答案</translation>
    </message>
</context>
<context>
    <name>OrderingView</name>
    <message>
        <location filename="../../quizapp/gui/quiz/ordering.py" line="135" />
        <source>Events to put in order</source>
        <translation>待排序的事件</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/ordering.py" line="136" />
        <source>Alt+Up and Alt+Down move the selected event</source>
        <translation>Alt+上/下方向鍵移動選取的事件</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/ordering.py" line="137" />
        <source>Drag the events, or move the selected one with Alt+Up / Alt+Down</source>
        <translation>拖曳事件排序，或用 Alt+上 / Alt+下 移動選取的事件</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="51" />
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="56" />
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="61" />
        <source>Script of the article and questions</source>
        <translation>原文和題目的字體</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="67" />
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="69" />
        <source>Interface language:</source>
        <translation>介面語言：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="70" />
        <source>Chinese script:</source>
        <translation>中文字體：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="71" />
        <source>Zoom:</source>
        <translation>縮放：</translation>
    </message>
</context>
<context>
    <name>QuestionType</name>
    <message>
        <location filename="../../quizapp/gui/names.py" line="14" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/names.py" line="15" />
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/names.py" line="16" />
        <source>Fill the blank</source>
        <translation>選詞填空</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/names.py" line="17" />
        <source>True or false</source>
        <translation>判斷正誤</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/names.py" line="18" />
        <source>Type the word</source>
        <translation>輸入詞語</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/names.py" line="19" />
        <source>Type the year</source>
        <translation>輸入年份</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/names.py" line="20" />
        <source>Ordering</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/names.py" line="21" />
        <source>Matching</source>
        <translation>配對</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="267" />
        <source>Time left %1</source>
        <translation>剩餘時間 %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="338" />
        <source>Submit (Enter)</source>
        <translation>送出 (Enter)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="339" />
        <source>Next (Enter)</source>
        <translation>下一題 (Enter)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="340" />
        <source>Pause (Esc)</source>
        <translation>暫停 (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="341" />
        <source>End quiz</source>
        <translation>結束測驗</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="342" />
        <source>Resume (Esc)</source>
        <translation>繼續 (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="343" />
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="344" />
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="345" />
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <source>Words are missing here in the source article (a template the wiki removed).</source>
        <translation>原文此處缺字（維基百科刪去了一個模板）。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="219" />
        <source>No match</source>
        <translation>找不到</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="222" />
        <source>%1 of %2</source>
        <translation>第 %1 處，共 %2 處</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="240" />
        <source>(the article has no text for this note)</source>
        <translation>（原文沒有這條註釋的內容）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="241" />
        <source>Note %1: %2</source>
        <translation>註釋 %1：%2</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="252" />
        <source>Search the article (简体 or 繁體)</source>
        <translation>搜尋原文（简体或繁體均可）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="253" />
        <source>Search the article</source>
        <translation>搜尋原文</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="254" />
        <source>Next match</source>
        <translation>下一處</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="255" />
        <source>Sections</source>
        <translation>章節</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="256" />
        <source>Article text</source>
        <translation>原文</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="124" />
        <source>Score: %1 / %2 (%3 %)</source>
        <translation>得分：%1 / %2（%3%）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="126" />
        <source>Time: %1</source>
        <translation>用時：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="128" />
        <source>Introduction</source>
        <translation>導言</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="130" />
        <source>By section</source>
        <translation>按章節</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="132" />
        <source>By question type</source>
        <translation>按題型</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="135" />
        <source>&amp;Practice my mistakes (%1)</source>
        <translation>練習我的錯題(&amp;P) (%1)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="137" />
        <source>Practice my mistakes</source>
        <translation>練習我的錯題</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="138" />
        <source>&amp;Back to start</source>
        <translation>返回首頁(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="139" />
        <source>Back to start</source>
        <translation>返回首頁</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="54" />
        <source>Your answer: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="54" />
        <source>Answer: %1</source>
        <translation>正確答案：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="54" />
        <source>Show in source</source>
        <translation>在原文中檢視</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/results.py" line="70" />
        <source>Answers</source>
        <translation>作答</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <location filename="../../quizapp/gui/timeline_window.py" line="46" />
        <source>Timeline — %1</source>
        <translation>時間軸 — %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/timeline_window.py" line="46" />
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
</context>
<context>
    <name>TrueFalseView</name>
    <message>
        <location filename="../../quizapp/gui/quiz/true_false.py" line="32" />
        <source>T   True</source>
        <translation>T   正確</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/true_false.py" line="36" />
        <source>True</source>
        <translation>正確</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/true_false.py" line="32" />
        <source>F   False</source>
        <translation>F   錯誤</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/true_false.py" line="37" />
        <source>False</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>TypedView</name>
    <message>
        <location filename="../../quizapp/gui/quiz/typed.py" line="30" />
        <source>Year, e.g. 1945</source>
        <translation>年份，例如 1945</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/typed.py" line="31" />
        <source>Your answer: a year</source>
        <translation>你的答案：年份</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/typed.py" line="33" />
        <source>Type your answer, then press Enter</source>
        <translation>輸入答案後按 Enter</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/typed.py" line="34" />
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="27" />
        <source>About quizapp</source>
        <translation>关于 quizapp</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="28" />
        <source>&lt;b&gt;quizapp&lt;/b&gt; %1&lt;br&gt;Quizzes from a Chinese history article.</source>
        <translation>&lt;b&gt;quizapp&lt;/b&gt; %1&lt;br&gt;根据中文历史条目生成的测验。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="29" />
        <source>The article texts are by Wikipedia contributors, under the CC BY-SA licence.</source>
        <translation>原文由维基百科贡献者撰写，采用 CC BY-SA 许可协议。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="35" />
        <source>Source articles: attribution and licence</source>
        <translation>来源条目：署名与许可协议</translation>
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
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="19" />
        <source>False</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="73" />
        <source>Correct</source>
        <translation>回答正确</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="75" />
        <source>Wrong</source>
        <translation>回答错误</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="76" />
        <source>Answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="84" />
        <source>Show in source</source>
        <translation>在原文中查看</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../quizapp/gui/home.py" line="162" />
        <source>quizapp</source>
        <translation>quizapp 历史测验</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="163" />
        <source>Quizzes on the history of Outer Mongolia's independence, from the Chinese Wikipedia article.</source>
        <translation>关于外蒙古独立历史的测验，题目出自中文维基百科条目。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="164" />
        <source>S&amp;tudent:</source>
        <translation>学生(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="164" />
        <source>Question &amp;bank:</source>
        <translation>题库(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="164" />
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="165" />
        <source>&amp;Questions:</source>
        <translation>题目数量(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="165" />
        <source>T&amp;ime limit:</source>
        <translation>时间限制(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="168" />
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="169" />
        <source>Student profile</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="170" />
        <source>Question bank</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="171" />
        <source>&amp;Practice (feedback after each answer)</source>
        <translation>练习(&amp;P)（每题作答后显示结果）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="172" />
        <source>&amp;Exam (feedback at the end)</source>
        <translation>考试(&amp;E)（结束后显示结果）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="173" />
        <source>Number of questions</source>
        <translation>题目数量</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="174" />
        <source>none</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="175" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="176" />
        <source>Exam time limit in minutes</source>
        <translation>考试时间限制（分钟）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="177" />
        <source>Reviews due: review scheduling is not available in this version yet.</source>
        <translation>待复习：本版本尚未提供复习排程。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="178" />
        <source>&amp;Start quiz</source>
        <translation>开始测验(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="179" />
        <source>Start quiz</source>
        <translation>开始测验</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="180" />
        <source>&amp;Read the article</source>
        <translation>阅读原文(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/home.py" line="181" />
        <source>Read the article</source>
        <translation>阅读原文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="108" />
        <source>quizapp</source>
        <translation>quizapp 历史测验</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="109" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="110" />
        <source>&amp;Open bank file…</source>
        <translation>打开题库文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="111" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="112" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="113" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="114" />
        <source>&amp;Script</source>
        <translation>字体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="115" />
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="116" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="117" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="118" />
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="119" />
        <source>&amp;Read the article</source>
        <translation>阅读原文(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="120" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="121" />
        <source>&amp;About quizapp</source>
        <translation>关于 quizapp(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="128" />
        <source>Answers are not saved: %1</source>
        <translation>答案不会被保存：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="137" />
        <source>Open bank file</source>
        <translation>打开题库文件</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="137" />
        <source>Bank files (*.json)</source>
        <translation>题库文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="145" />
        <source>Cannot open bank</source>
        <translation>无法打开题库</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="170" />
        <source>Cannot start the quiz</source>
        <translation>无法开始测验</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="173" />
        <source>Empty bank</source>
        <translation>题库为空</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="173" />
        <source>This bank has no questions for this mode.</source>
        <translation>此题库没有适用于该模式的题目。</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="187" />
        <source>You have an unfinished quiz on this bank (%1 of %2 answered). Resume it?</source>
        <translation>你在这个题库中有一次未完成的测验（已答 %1 题，共 %2 题）。要继续吗？</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="189" />
        <source>Resume quiz</source>
        <translation>继续测验</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="195" />
        <source>Could not save an answer: %1</source>
        <translation>无法保存答案：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/main_window.py" line="215" />
        <source>Cannot open the article</source>
        <translation>无法打开原文</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../quizapp/gui/quiz/matching.py" line="141" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/matching.py" line="142" />
        <source>Drag an answer onto a row, or choose it in the list on that row</source>
        <translation>把答案拖到对应的一行，或在该行的列表中选择</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/matching.py" line="143" />
        <source>Answers to match</source>
        <translation>待配对的答案</translation>
    </message>
</context>
<context>
    <name>OrderingView</name>
    <message>
        <location filename="../../quizapp/gui/quiz/ordering.py" line="128" />
        <source>Events to put in order</source>
        <translation>待排序的事件</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/ordering.py" line="129" />
        <source>Alt+Up and Alt+Down move the selected event</source>
        <translation>Alt+上/下方向键移动选中的事件</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/ordering.py" line="130" />
        <source>Drag the events, or move the selected one with Alt+Up / Alt+Down</source>
        <translation>拖动事件排序，或用 Alt+上 / Alt+下 移动选中的事件</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="51" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="56" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="61" />
        <source>Script of the article and questions</source>
        <translation>原文和题目的字体</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="67" />
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="69" />
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="70" />
        <source>Chinese script:</source>
        <translation>中文字体：</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/dialogs.py" line="71" />
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="248" />
        <source>Time left %1</source>
        <translation>剩余时间 %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="321" />
        <source>Submit (Enter)</source>
        <translation>提交 (Enter)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="322" />
        <source>Next (Enter)</source>
        <translation>下一题 (Enter)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="323" />
        <source>Pause (Esc)</source>
        <translation>暂停 (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="324" />
        <source>End quiz</source>
        <translation>结束测验</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="325" />
        <source>Resume (Esc)</source>
        <translation>继续 (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="326" />
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="327" />
        <source>Back to start</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="328" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/page.py" line="329" />
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="205" />
        <source>No match</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="208" />
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="226" />
        <source>(the article has no text for this note)</source>
        <translation>（原文没有这条注释的内容）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="227" />
        <source>Note %1: %2</source>
        <translation>注释 %1：%2</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="238" />
        <source>Search the article (简体 or 繁體)</source>
        <translation>搜索原文（简体或繁體均可）</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="239" />
        <source>Search the article</source>
        <translation>搜索原文</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="240" />
        <source>Next match</source>
        <translation>下一处</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="241" />
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/reader.py" line="242" />
        <source>Article text</source>
        <translation>原文</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="116" />
        <source>Score: %1 / %2</source>
        <translation>得分：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="117" />
        <source>Your answer: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="117" />
        <source>Answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="117" />
        <source>Show in source</source>
        <translation>在原文中查看</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/feedback.py" line="133" />
        <source>Quiz results</source>
        <translation>测验结果</translation>
    </message>
</context>
<context>
    <name>TrueFalseView</name>
    <message>
        <location filename="../../quizapp/gui/quiz/true_false.py" line="32" />
        <source>T   True</source>
        <translation>T   正确</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/true_false.py" line="36" />
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/true_false.py" line="32" />
        <source>F   False</source>
        <translation>F   错误</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/true_false.py" line="37" />
        <source>False</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>TypedView</name>
    <message>
        <location filename="../../quizapp/gui/quiz/typed.py" line="29" />
        <source>Year, e.g. 1945</source>
        <translation>年份，例如 1945</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/typed.py" line="30" />
        <source>Your answer: a year</source>
        <translation>你的答案：年份</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/typed.py" line="32" />
        <source>Type your answer, then press Enter</source>
        <translation>输入答案后按 Enter</translation>
    </message>
    <message>
        <location filename="../../quizapp/gui/quiz/typed.py" line="33" />
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
</context>
</TS>